package dev.warroom.connectors.web.http;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The header an http.call sends from its {@code headerEnv} variable: a whole header line
 * ({@code Authorization: Bearer abc}, {@code X-Auth-Key: abc}), or a bare token, which is sent as
 * {@code Authorization: Bearer <token>}.
 */
record HeaderLine(String name, String value) {

    private static final Pattern LINE = Pattern.compile("^([A-Za-z0-9!#$%&'*+.^_`|~-]+):\\s*(.+)$", Pattern.DOTALL);

    static HeaderLine parse(String raw) {
        String text = raw.strip();
        Matcher m = LINE.matcher(text);
        return m.matches() ? new HeaderLine(m.group(1), m.group(2).strip()) : new HeaderLine("Authorization", "Bearer " + text);
    }
}
