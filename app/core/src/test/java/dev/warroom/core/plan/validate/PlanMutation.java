package dev.warroom.core.plan.validate;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One random edit of a plan file, the way a hurried author or a broken editor would damage it.
 * {@code where} picks the place (modulo the candidates), {@code what} picks the replacement.
 */
record PlanMutation(Kind kind, int where, int what) {

    enum Kind {
        DELETE_ENTRY, REPLACE_SCALAR, DUPLICATE_ITEM, DROP_ITEM, RENAME_ID, TRUNCATE, INSERT_BYTES, INSERT_CHARACTERS, REINDENT
    }

    private static final Pattern ENTRY = Pattern.compile("^\\s*(- )?[A-Za-z][A-Za-z0-9]*:.*$");
    private static final Pattern SCALAR = Pattern.compile("^(\\s*(?:- )?[A-Za-z][A-Za-z0-9]*:)\\s+([^|>\\s].*)$");
    private static final Pattern ITEM = Pattern.compile("^\\s*- .*$");
    private static final Pattern ID = Pattern.compile("(?<=\\bid: )(\"[^\"]*\"|[^,}\\s]+)");
    private static final List<String> OTHER_VALUES = List.of("[]", "{}", "42", "-7", "true", "null", "~", "\"\"", "1.5",
            "[a, b]", "{x: 1}", "'text'", "90", "1h", "&anchor value", "*undefined", "!!binary aGk=", "0x1F", "\"line\\nbreak\"",
            ".inf", "2024-01-01", "- item", "|", "'unterminated", "{", "]");

    byte[] apply(byte[] plan) {
        return switch (kind) {
            case TRUNCATE -> Arrays.copyOf(plan, plan.length == 0 ? 0 : where % plan.length);
            case INSERT_BYTES -> insert(plan, randomBytes());
            case INSERT_CHARACTERS -> insert(plan, randomCharacters().getBytes(StandardCharsets.UTF_8));
            default -> String.join("\n", editLines(new ArrayList<>(List.of(new String(plan, StandardCharsets.UTF_8).split("\n", -1)))))
                    .getBytes(StandardCharsets.UTF_8);
        };
    }

    private List<String> editLines(List<String> lines) {
        switch (kind) {
            case DELETE_ENTRY -> pick(lines, ENTRY).ifPresent(i -> removeBlock(lines, i));
            case REPLACE_SCALAR -> pick(lines, SCALAR).ifPresent(i -> {
                Matcher m = SCALAR.matcher(lines.get(i));
                if (m.matches()) {
                    lines.set(i, m.group(1) + " " + OTHER_VALUES.get(what % OTHER_VALUES.size()));
                }
            });
            case DUPLICATE_ITEM -> pick(lines, ITEM).ifPresent(i -> lines.addAll(i, block(lines, i)));
            case DROP_ITEM -> pick(lines, ITEM).ifPresent(i -> removeBlock(lines, i));
            case RENAME_ID -> pick(lines, ID).ifPresent(i -> lines.set(i, ID.matcher(lines.get(i))
                    .replaceFirst(what % 2 == 0 ? "renamed-" + what : "Not_Kebab " + what)));
            case REINDENT -> {
                if (!lines.isEmpty()) {
                    int i = where % lines.size();
                    String stripped = lines.get(i).stripLeading();
                    int indent = lines.get(i).length() - stripped.length();
                    String newIndent = what % 5 == 0 ? "\t" : " ".repeat(Math.max(0, indent + what % 9 - 4));
                    lines.set(i, newIndent + stripped);
                }
            }
            default -> throw new IllegalStateException("byte-level mutation " + kind);
        }
        return lines;
    }

    private java.util.Optional<Integer> pick(List<String> lines, Pattern pattern) {
        List<Integer> candidates = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (pattern.matcher(lines.get(i)).find()) {
                candidates.add(i);
            }
        }
        return candidates.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(candidates.get(where % candidates.size()));
    }

    /** The line and the lines below it that are indented deeper: a mapping entry or list item with its content. */
    private static List<String> block(List<String> lines, int first) {
        int indent = indentOf(lines.get(first));
        int end = first + 1;
        while (end < lines.size() && (lines.get(end).isBlank() || indentOf(lines.get(end)) > indent)) {
            end++;
        }
        return new ArrayList<>(lines.subList(first, end));
    }

    private static void removeBlock(List<String> lines, int first) {
        int size = block(lines, first).size();
        lines.subList(first, first + size).clear();
    }

    private static int indentOf(String line) {
        return line.length() - line.stripLeading().length();
    }

    private byte[] insert(byte[] plan, byte[] inserted) {
        int at = where % (plan.length + 1);
        byte[] out = new byte[plan.length + inserted.length];
        System.arraycopy(plan, 0, out, 0, at);
        System.arraycopy(inserted, 0, out, at, inserted.length);
        System.arraycopy(plan, at, out, at + inserted.length, plan.length - at);
        return out;
    }

    private byte[] randomBytes() {
        byte[] bytes = new byte[1 + what % 16];
        new Random(what).nextBytes(bytes);
        return bytes;
    }

    private String randomCharacters() {
        Random random = new Random(what);
        String alphabet = ":-[]{}#&*!|>'\"%@`,? \t\n\r\u0085\u2028\uFEFF\u00e9\u4e2d\u6587\ud83d\ude80abcXYZ019";
        StringBuilder text = new StringBuilder();
        int length = 1 + what % 12;
        while (text.length() < length) {
            int i = random.nextInt(alphabet.length());
            char c = alphabet.charAt(i);
            if (Character.isHighSurrogate(c)) {
                text.append(c).append(alphabet.charAt(i + 1));
            } else if (!Character.isLowSurrogate(c)) {
                text.append(c);
            }
        }
        return text.toString();
    }
}
