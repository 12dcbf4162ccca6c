package dev.warroom.importer.commands;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One simple command's words with the shell's own prefixes taken off (control keywords, {@code sudo}, variable
 * assignments), and the option look-ups every tool uses: {@code --name value}, {@code --name=value}, {@code -n value}
 * in any order.
 */
final class CommandLine {

    private static final Set<String> PREFIX_WORDS = Set.of("if", "then", "else", "elif", "do", "while", "until", "!", "{", "}",
            "time", "sudo", "exec", "command", "nohup");

    private static final Pattern SHORT_FLAGS = Pattern.compile("-[A-Za-z]+");
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)}|\\$([A-Za-z_][A-Za-z0-9_]*)");
    private static final Pattern ASSIGNMENT = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*=.*", Pattern.DOTALL);

    private final List<String> words;
    private final List<String> redirections;
    private final String heredoc;

    CommandLine(List<String> words, List<String> redirections, String heredoc) {
        List<String> rest = new ArrayList<>(words);
        while (!rest.isEmpty() && (PREFIX_WORDS.contains(rest.get(0)) || ASSIGNMENT.matcher(rest.get(0)).matches() && rest.size() > 1)) {
            rest.remove(0);
        }
        this.words = List.copyOf(rest);
        this.redirections = redirections;
        this.heredoc = heredoc;
    }

    /** No real command has more words than this; the rest of a runaway line is not looked at. */
    private static final int MOST_WORDS = 1_000;

    static CommandLine of(ShellWords.Simple simple) {
        List<String> words = simple.words();
        return new CommandLine(words.size() > MOST_WORDS ? words.subList(0, MOST_WORDS) : words, simple.redirections(), simple.heredoc());
    }

    /** The same command with {@code $NAME} and {@code ${NAME}} replaced where the script set NAME to a plain value. */
    CommandLine with(Map<String, String> variables) {
        if (variables.isEmpty() || words.stream().noneMatch(w -> w.indexOf('$') >= 0)) {
            return this;
        }
        List<String> expanded = new ArrayList<>(words.size());
        for (String word : words) {
            Matcher m = VARIABLE.matcher(word);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                String name = m.group(1) != null ? m.group(1) : m.group(2);
                String value = variables.get(name);
                m.appendReplacement(out, Matcher.quoteReplacement(value != null ? value : m.group()));
            }
            m.appendTail(out);
            expanded.add(out.toString());
        }
        return new CommandLine(expanded, redirections, heredoc);
    }

    /** {@code NAME=value} or {@code export NAME=value} alone: the variable it sets. */
    Optional<Map.Entry<String, String>> assignment() {
        List<String> rest = !words.isEmpty() && words.get(0).equals("export") ? words.subList(1, words.size()) : words;
        if (rest.size() != 1 || !ASSIGNMENT.matcher(rest.get(0)).matches()) {
            return Optional.empty();
        }
        String word = rest.get(0);
        int eq = word.indexOf('=');
        return Optional.of(Map.entry(word.substring(0, eq), word.substring(eq + 1)));
    }

    List<String> words() {
        return words;
    }

    List<String> redirections() {
        return redirections;
    }

    Optional<String> heredoc() {
        return Optional.ofNullable(heredoc);
    }

    String program() {
        if (words.isEmpty()) {
            return "";
        }
        String first = words.get(0);
        int slash = first.lastIndexOf('/');
        return (slash >= 0 ? first.substring(slash + 1) : first).toLowerCase(Locale.ROOT);
    }

    /** Whether the words that are not options start with these (e.g. "az", "postgres", "flexible-server"). */
    boolean startsWith(String... leading) {
        List<String> plain = plainWords();
        if (plain.size() < leading.length) {
            return false;
        }
        for (int i = 0; i < leading.length; i++) {
            String word = i == 0 ? program() : plain.get(i).toLowerCase(Locale.ROOT);
            if (!word.equals(leading[i])) {
                return false;
            }
        }
        return true;
    }

    /** The words before the first option: the program and its sub-commands. */
    List<String> plainWords() {
        List<String> plain = new ArrayList<>();
        for (String word : words) {
            if (word.startsWith("-")) {
                break;
            }
            plain.add(word);
        }
        return plain;
    }

    /** The value of the first of these options present: {@code --name value}, {@code --name=value} or {@code -n value}. */
    Optional<String> option(String... names) {
        for (int i = 1; i < words.size(); i++) {
            String word = words.get(i);
            if ("--".equals(word)) {
                break;
            }
            for (String name : names) {
                if (word.equals(name) && i + 1 < words.size()) {
                    return Optional.of(words.get(i + 1));
                }
                if (word.startsWith(name + "=")) {
                    return Optional.of(word.substring(name.length() + 1));
                }
                if (name.length() == 2 && !name.startsWith("--") && word.startsWith(name) && word.length() > 2
                        && !word.startsWith("--") && Character.isDigit(word.charAt(2))) {
                    return Optional.of(word.substring(2));
                }
            }
        }
        return Optional.empty();
    }

    /** Every value of a repeatable option, in order. */
    List<String> options(String... names) {
        List<String> values = new ArrayList<>();
        for (int i = 1; i < words.size(); i++) {
            String word = words.get(i);
            for (String name : names) {
                if (word.equals(name) && i + 1 < words.size()) {
                    values.add(words.get(i + 1));
                } else if (word.startsWith(name + "=")) {
                    values.add(word.substring(name.length() + 1));
                }
            }
        }
        return values;
    }

    /** Whether a flag is present, alone, as {@code --flag=…}, or (for one letter) inside a cluster such as {@code -fsS}. */
    boolean has(String... flags) {
        for (String word : words.subList(Math.min(1, words.size()), words.size())) {
            if ("--".equals(word)) {
                return false;
            }
            for (String flag : flags) {
                if (word.equals(flag) || word.startsWith(flag + "=")) {
                    return true;
                }
                if (flag.length() == 2 && flag.charAt(0) == '-' && flag.charAt(1) != '-' && SHORT_FLAGS.matcher(word).matches()
                        && word.indexOf(flag.charAt(1)) > 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The words that are neither options nor the values of options taking one ({@code valueOptions}), program
     * included; stops at {@code --}.
     */
    List<String> arguments(Set<String> valueOptions) {
        List<String> arguments = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if ("--".equals(word)) {
                break;
            }
            if (word.startsWith("-") && word.length() > 1) {
                if (!word.contains("=") && valueOptions.contains(word)) {
                    i++;
                }
                continue;
            }
            arguments.add(word);
        }
        return arguments;
    }

    /** The words after {@code --}, as their own command (e.g. what {@code kubectl exec … --} runs). */
    Optional<CommandLine> afterDoubleDash() {
        int at = words.indexOf("--");
        if (at < 0 || at + 1 >= words.size()) {
            return Optional.empty();
        }
        return Optional.of(new CommandLine(words.subList(at + 1, words.size()), redirections, heredoc));
    }
}
