package dev.warroom.core.journal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds secrets inside free text (command lines, outputs, connection strings, URLs) and replaces just
 * the secret part with {@link #MARK}, keeping the rest readable.
 */
final class SecretText {

    static final String MARK = "[redacted]";

    private static final Pattern PRIVATE_KEY_BLOCK = Pattern.compile(
            "-----BEGIN ([A-Z0-9 ]*PRIVATE KEY[A-Z ]*)-----.*?(?:-----END \\1-----|\\z)", Pattern.DOTALL);

    private static final Pattern URL_PASSWORD = Pattern.compile(
            "(?i)\\b([a-z][a-z0-9+.\\-]{0,31}+://[^\\s/:@?#]*+):([^\\s@/?#]++)@");

    private static final Pattern WEBHOOK_URL = Pattern.compile("(?i)(https?://(?:"
            + "hooks\\.slack\\.com/(?:services|workflows|triggers)/"
            + "|[a-z0-9.-]*webhook\\.office\\.com/"
            + "|outlook\\.office(?:365)?\\.com/webhook/"
            + "|[a-z0-9.-]+\\.logic\\.azure\\.com(?::\\d+)?/"
            + "|[a-z0-9.-]+\\.api\\.powerplatform\\.com(?::\\d+)?/"
            + "|(?:ptb\\.|canary\\.)?discord(?:app)?\\.com/api/webhooks/"
            + "))[^\\s\"'<>]+");

    /** Secrets recognisable by their shape alone. */
    private static final Pattern TOKEN_SHAPES = Pattern.compile(
            "(?<![A-Z0-9])(?:AKIA|ASIA)[A-Z0-9]{16}(?![A-Z0-9])"
                    + "|(?<![A-Za-z0-9_])(?:gh[pousr]_[A-Za-z0-9]{36,255}|github_pat_[A-Za-z0-9_]{22,255})"
                    + "|(?<![A-Za-z0-9])xox[abposr]-[A-Za-z0-9-]{10,}"
                    + "|(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{2,}\\.[A-Za-z0-9_-]{2,}\\.[A-Za-z0-9_-]*");

    private static final Pattern BEARER = Pattern.compile("(?i)\\b(bearer\\s+)([A-Za-z0-9\\-._~+/]+=*)");

    private static final Pattern SECRET_FLAG = Pattern.compile("(?i)(--(?:[a-z0-9]+-)*"
            + "(?:password|passwd|pwd|secret|token|api-?key|access-?key|secret-?key|private-?key|account-?key"
            + "|sas-?token|client-?secret))(\\s+|=)(\"[^\"\\n]*\"|'[^'\\n]*'|[^\\s\"'-][^\\s\"']*)");

    /**
     * A name followed by {@code =} or {@code :}, as in connection strings, env lines, headers, YAML, JSON.
     * Names are capped and matched possessively so that a long output cannot make matching quadratic.
     */
    private static final Pattern NAMED_VALUE = Pattern.compile(
            "(?<![A-Za-z0-9_])([A-Za-z][A-Za-z0-9_.\\-]{0,63}+)([\"']?[ \\t]*[:=][ \\t]*)");

    private static final Pattern AUTH_SCHEME = Pattern.compile("(?i)(?:basic|bearer|token|digest|negotiate|ntlm)[ \\t]+");

    /** Environment-variable references are names, not secrets: {@code ${CF_TOKEN}}, {@code $PGPASSWORD}. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{[A-Za-z_][A-Za-z0-9_]*}|\\$[A-Z_][A-Z0-9_]*");

    private SecretText() {
    }

    /** The text with every secret found replaced by {@link #MARK}; the same instance when nothing was found. */
    static String redact(String text) {
        String out = text;
        if (out.contains("PRIVATE KEY")) {
            out = PRIVATE_KEY_BLOCK.matcher(out).replaceAll(m -> Matcher.quoteReplacement(
                    "-----BEGIN " + m.group(1) + "-----" + MARK + "-----END " + m.group(1) + "-----"));
        }
        if (out.contains("://")) {
            out = replaceGroup(URL_PASSWORD, out, 2);
            out = WEBHOOK_URL.matcher(out).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + MARK));
        }
        out = TOKEN_SHAPES.matcher(out).replaceAll(Matcher.quoteReplacement(MARK));
        out = redactBearerTokens(out);
        out = replaceGroup(SECRET_FLAG, out, 3);
        out = redactNamedValues(out);
        return out.equals(text) ? text : out;
    }

    static boolean isPlaceholder(String value) {
        return PLACEHOLDER.matcher(value).matches();
    }

    private static String replaceGroup(Pattern pattern, String text, int group) {
        Matcher m = pattern.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        int copied = 0;
        while (m.find()) {
            String value = unquoted(m.group(group));
            if (value.isEmpty() || value.equals(MARK) || isPlaceholder(value)) {
                continue;
            }
            int start = m.start(group) + (value.length() < m.group(group).length() ? 1 : 0);
            out.append(text, copied, start).append(MARK);
            copied = start + value.length();
        }
        return copied == 0 ? text : out.append(text, copied, text.length()).toString();
    }

    private static String redactBearerTokens(String text) {
        Matcher m = BEARER.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        int copied = 0;
        while (m.find()) {
            if (looksLikeToken(m.group(2))) {
                out.append(text, copied, m.start(2)).append(MARK);
                copied = m.end(2);
            }
        }
        return copied == 0 ? text : out.append(text, copied, text.length()).toString();
    }

    /** "Bearer eyJ0…" or "Bearer 8f3a…" is a token; "bearer authentication" in prose is not. */
    private static boolean looksLikeToken(String candidate) {
        return candidate.length() >= 8 && (candidate.length() >= 24 || candidate.chars().anyMatch(Character::isDigit));
    }

    private static String redactNamedValues(String text) {
        Matcher m = NAMED_VALUE.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        int copied = 0;
        int from = 0;
        while (from < text.length() && m.find(from)) {
            from = m.end();
            if (!SecretKeys.isSecret(m.group(1))) {
                continue;
            }
            int valueStart = skipAuthScheme(text, m.end());
            int valueEnd = valueEnd(text, valueStart);
            String value = unquoted(text.substring(valueStart, valueEnd));
            if (value.isEmpty() || value.startsWith(MARK) || isPlaceholder(value)) {
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
