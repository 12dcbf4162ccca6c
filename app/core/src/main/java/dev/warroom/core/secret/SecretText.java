package dev.warroom.core.secret;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the secrets of the {@link SecretVocabulary} inside free text (command lines, outputs, connection
 * strings, URLs): the shapes of secrets, and values given under a secret's name ({@code Password=…},
 * {@code "token": "…"}, {@code Authorization: Basic …}). The redactor replaces just the secret part with
 * {@link #MARK}, keeping the rest readable; the plan validator asks what a secret looks like. Thread-safe.
 */
public final class SecretText {

    public static final String MARK = "[redacted]";

    /**
     * A name followed by {@code =} or {@code :}, as in connection strings, env lines, headers, YAML, JSON.
     * Names are capped and matched possessively so that a long output cannot make matching quadratic.
     */
    private static final Pattern NAMED_VALUE = Pattern.compile(
            "(?<![A-Za-z0-9_])([A-Za-z][A-Za-z0-9_.\\-]{0,63}+)([\"']?[ \\t]*[:=][ \\t]*)");

    private static final Pattern AUTH_SCHEME = Pattern.compile("(?i)(?:basic|bearer|token|digest|negotiate|ntlm)[ \\t]+");

    private SecretText() {
    }

    /** The text with every secret found replaced by {@link #MARK}; the same instance when nothing was found. */
    public static String redact(String text) {
        String out = text;
        for (SecretShape shape : SecretVocabulary.shapes()) {
            if (shape.mayOccurIn(out)) {
                out = redactShape(shape, out);
            }
        }
        out = redactNamedValues(out);
        return out.equals(text) ? text : out;
    }

    /**
     * What the first secret in {@code text} looks like ("a Slack webhook URL", "a value for 'Password'"), if it
     * holds one that is not a placeholder as people write them in documents ({@code ${VAR}}, {@code xxx}).
     */
    public static Optional<String> find(String text) {
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        for (SecretShape shape : SecretVocabulary.shapes()) {
            if (!shape.mayOccurIn(text)) {
                continue;
            }
            Matcher m = shape.pattern().matcher(text);
            while (m.find()) {
                String part = unquoted(m.group(shape.secretGroup()));
                if (shape.accepts().test(part) && !SecretVocabulary.holdsPlaceholder(part)) {
                    return Optional.of(shape.description());
                }
            }
        }
        Matcher m = NAMED_VALUE.matcher(text);
        int from = 0;
        while (from < text.length() && m.find(from)) {
            from = m.end();
            if (SecretVocabulary.isSecretName(m.group(1))) {
                int valueStart = skipAuthScheme(text, m.end());
                int valueEnd = valueEnd(text, valueStart);
                String value = unquoted(text.substring(valueStart, valueEnd));
                if (!value.isEmpty() && !SecretVocabulary.holdsPlaceholder(value)) {
                    return Optional.of("a value for '" + m.group(1) + "'");
                }
                from = Math.max(from, valueEnd);
            }
        }
        return Optional.empty();
    }

    private static boolean hidesNothing(String value) {
        return value.isEmpty() || value.startsWith(MARK) || SecretVocabulary.isEnvironmentReference(value);
    }

    private static String redactShape(SecretShape shape, String text) {
        Matcher m = shape.pattern().matcher(text);
        int group = shape.secretGroup();
        StringBuilder out = new StringBuilder(text.length());
        int copied = 0;
        while (m.find()) {
            String value = unquoted(m.group(group));
            if (hidesNothing(value) || !shape.accepts().test(value)) {
                continue;
            }
            int start = m.start(group) + (value.length() < m.group(group).length() ? 1 : 0);
            out.append(text, copied, start).append(MARK);
            copied = start + value.length();
        }
        return copied == 0 ? text : out.append(text, copied, text.length()).toString();
    }

    private static String redactNamedValues(String text) {
        Matcher m = NAMED_VALUE.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        int copied = 0;
        int from = 0;
        while (from < text.length() && m.find(from)) {
            from = m.end();
            if (!SecretVocabulary.isSecretName(m.group(1))) {
                continue;
            }
            int valueStart = skipAuthScheme(text, m.end());
            int valueEnd = valueEnd(text, valueStart);
            String value = unquoted(text.substring(valueStart, valueEnd));
            if (hidesNothing(value)) {
                continue;
            }
            int start = valueStart + (value.length() < valueEnd - valueStart ? 1 : 0);
            out.append(text, copied, start).append(MARK);
            copied = start + value.length();
            from = valueEnd;
        }
        return copied == 0 ? text : out.append(text, copied, text.length()).toString();
    }

    private static int skipAuthScheme(String text, int at) {
        Matcher scheme = AUTH_SCHEME.matcher(text).region(at, text.length());
        return scheme.lookingAt() ? scheme.end() : at;
    }

    /** The end of a value: its closing quote, or the first space or separator. */
    private static int valueEnd(String text, int start) {
        if (start >= text.length()) {
            return start;
        }
        char first = text.charAt(start);
        if (first == '"' || first == '\'') {
            int close = text.indexOf(first, start + 1);
            int newline = text.indexOf('\n', start + 1);
            if (close < 0 || (newline >= 0 && newline < close)) {
                return newline < 0 ? text.length() : newline;
            }
            return close + 1;
        }
        if (text.startsWith("${", start) && text.indexOf('}', start) > 0) {
            return text.indexOf('}', start) + 1;
        }
        int end = start;
        while (end < text.length() && " \t\r\n;&,\"'<>)]}".indexOf(text.charAt(end)) < 0) {
            end++;
        }
        return end;
    }

    /** Strips one pair of surrounding quotes, or one opening quote that was never closed. */
    private static String unquoted(String value) {
        if (value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        if (first != '"' && first != '\'') {
            return value;
        }
        boolean closed = value.length() > 1 && value.charAt(value.length() - 1) == first;
        return value.substring(1, closed ? value.length() - 1 : value.length());
    }
}
