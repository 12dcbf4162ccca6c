package dev.warroom.importer.commands;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits shell text into simple commands the way a reader of a runbook would: quotes removed, {@code \}-continued
 * lines joined, comments dropped, {@code ;}, {@code &&}, {@code ||}, {@code |}, {@code &} and line ends separating
 * commands. {@code $(...)}, {@code ${...}} and backquoted text stay inside their word verbatim. A here-document's
 * body ({@code <<EOF ... EOF}) is kept with the command it belongs to; a function's header ({@code name() {}) is no
 * command. Never fails: unbalanced quotes end at the end of the text.
 */
final class ShellWords {

    /** One simple command: its words, the redirections' operator and target words, and a here-document body. */
    record Simple(List<String> words, List<String> redirections, String heredoc) {
    }

    private final String text;
    private int at;
    private final List<Simple> commands = new ArrayList<>();
    private List<String> words = new ArrayList<>();
    private List<String> redirections = new ArrayList<>();
    private StringBuilder word;
    private boolean redirectTargetNext;
    private String heredocDelimiter;
    private boolean heredocStripsTabs;
    private String heredocBody;

    private ShellWords(String text) {
        this.text = text;
    }

    static List<Simple> split(String text) {
        ShellWords reader = new ShellWords(text == null ? "" : text);
        reader.read();
        return reader.commands;
    }

    private void read() {
        while (at < text.length()) {
            char c = text.charAt(at);
            switch (c) {
                case '\\' -> escape();
                case '\'' -> singleQuoted();
                case '"' -> doubleQuoted();
                case '$' -> dollar();
                case '`' -> backquoted();
                case '#' -> {
                    if (word == null) {
                        comment();
                    } else {
                        append(c);
                        at++;
                    }
                }
                case ' ', '\t', '\r' -> {
                    endWord();
                    at++;
                }
                case '\n' -> {
                    endCommand();
                    at++;
                    readHeredocBody();
                }
                case '(' -> {
                    if (word != null && words.isEmpty() && text.startsWith("()", at)) {
                        word = null;
                        at += 2;
                    } else {
                        endCommand();
                        at++;
                    }
                }
                case ';', '&', '|', ')' -> {
                    endCommand();
                    at++;
                }
                case '<', '>' -> redirection();
                default -> {
                    append(c);
                    at++;
                }
            }
        }
        endCommand();
    }

    private void escape() {
        int next = at + 1;
        while (next < text.length() && (text.charAt(next) == ' ' || text.charAt(next) == '\t') && word == null) {
            next++;
        }
        if (next < text.length() && text.charAt(next) == '\r') {
            next++;
        }
        if (next < text.length() && text.charAt(next) == '\n') {
            at = next + 1;
            return;
        }
        if (at + 1 < text.length()) {
            append(text.charAt(at + 1));
            at += 2;
        } else {
            at++;
        }
    }

    private void singleQuoted() {
        int end = text.indexOf('\'', at + 1);
        int stop = end < 0 ? text.length() : end;
        startWord();
        word.append(text, at + 1, stop);
        at = end < 0 ? text.length() : end + 1;
    }

    private void doubleQuoted() {
        startWord();
        at++;
        while (at < text.length() && text.charAt(at) != '"') {
            char c = text.charAt(at);
            if (c == '\\' && at + 1 < text.length() && "\"\\$`\n".indexOf(text.charAt(at + 1)) >= 0) {
                if (text.charAt(at + 1) != '\n') {
                    word.append(text.charAt(at + 1));
                }
                at += 2;
            } else if (c == '$' && at + 1 < text.length() && text.charAt(at + 1) == '(') {
                word.append(balanced(at + 1, '(', ')'));
            } else {
                word.append(c);
                at++;
            }
        }
        at++;
    }

    private void dollar() {
        if (at + 1 < text.length() && text.charAt(at + 1) == '(') {
            startWord();
            word.append(balanced(at + 1, '(', ')'));
        } else if (at + 1 < text.length() && text.charAt(at + 1) == '{') {
            startWord();
            word.append(balanced(at + 1, '{', '}'));
        } else {
            append('$');
            at++;
        }
    }

    /** The text from {@code $} through the bracket that closes the one at {@code open}; moves past it. */
    private String balanced(int open, char opening, char closing) {
        int depth = 0;
        int i = open;
        char quote = 0;
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == opening) {
                depth++;
            } else if (c == closing && --depth == 0) {
                break;
            }
        }
        int end = Math.min(i + 1, text.length());
        String taken = text.substring(open - 1, end);
        at = end;
        return taken;
    }

    private void backquoted() {
        int end = text.indexOf('`', at + 1);
        int stop = end < 0 ? text.length() : end + 1;
        startWord();
        word.append(text, at, stop);
        at = stop;
    }

    private void comment() {
        int end = text.indexOf('\n', at);
        at = end < 0 ? text.length() : end;
    }

    private void redirection() {
        endWord();
        StringBuilder operator = new StringBuilder();
        while (at < text.length() && "<>&-".indexOf(text.charAt(at)) >= 0 && operator.length() < 3) {
            operator.append(text.charAt(at));
            at++;
        }
        String op = operator.toString();
        if (op.startsWith("<<") && !op.startsWith("<<<")) {
            heredocStripsTabs = op.endsWith("-");
            while (at < text.length() && (text.charAt(at) == ' ' || text.charAt(at) == '\t')) {
                at++;
            }
            int start = at;
            while (at < text.length() && " \t\n;&|<>".indexOf(text.charAt(at)) < 0) {
                at++;
            }
            heredocDelimiter = text.substring(start, at).replace("'", "").replace("\"", "");
            redirections.add("<<");
            redirections.add(heredocDelimiter);
            return;
        }
        redirections.add(op);
        redirectTargetNext = true;
    }

    private void readHeredocBody() {
        if (heredocDelimiter == null) {
            return;
        }
        StringBuilder body = new StringBuilder();
        while (at < text.length()) {
            int end = text.indexOf('\n', at);
            String line = text.substring(at, end < 0 ? text.length() : end);
            at = end < 0 ? text.length() : end + 1;
            String compared = heredocStripsTabs ? line.strip() : line.stripTrailing();
            if (compared.equals(heredocDelimiter)) {
                break;
            }
            body.append(line).append('\n');
        }
        heredocBody = body.toString();
        if (!commands.isEmpty()) {
            Simple last = commands.remove(commands.size() - 1);
            commands.add(new Simple(last.words(), last.redirections(), heredocBody));
        }
        heredocDelimiter = null;
    }

    private void startWord() {
        if (word == null) {
            word = new StringBuilder();
        }
    }

    private void append(char c) {
        startWord();
        word.append(c);
    }

    private void endWord() {
        if (word == null) {
            return;
        }
        String done = word.toString();
        word = null;
        if (redirectTargetNext) {
            redirections.add(done);
            redirectTargetNext = false;
        } else if (done.length() == 1 && Character.isDigit(done.charAt(0)) && at < text.length() && "<>".indexOf(text.charAt(at)) >= 0) {
            return;
        } else {
            words.add(done);
        }
    }

    private void endCommand() {
        endWord();
        redirectTargetNext = false;
        if (!words.isEmpty() || !redirections.isEmpty()) {
            commands.add(new Simple(List.copyOf(words), List.copyOf(redirections), null));
        }
        words = new ArrayList<>();
        redirections = new ArrayList<>();
    }
}
