package dev.warroom.importer.commands;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Values a document leaves for the reader to fill: shell variables ({@code $VAR}, {@code ${VAR}}), command
 * substitutions ({@code $(...)}, backquotes), {@code <placeholder>}s, {@code {{id}}}s and the usual
 * {@code YOUR_...}/{@code xxx} stand-ins.
 */
final class Placeholder {

    private static final Pattern PLACEHOLDER = Pattern.compile(
            "\\$[A-Za-z_{(]|`|<[^<>]+>|\\{\\{|\\bYOUR[_-]|\\bx{3,}\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{?([A-Za-z_][A-Za-z0-9_]*)|<([^<>]+)>");

    private Placeholder() {
    }

    static boolean in(String value) {
        return value == null || value.isBlank() || PLACEHOLDER.matcher(value).find();
    }

    /** A parameter id for a placeholder value: the variable's own name where it has one, else {@code fallback}. */
    static String parameterId(String value, String fallback) {
        var m = VARIABLE.matcher(value);
        if (m.find()) {
            String name = m.group(1) != null ? m.group(1) : m.group(2);
            String id = ResourceIds.kebab(name);
            if (!id.isEmpty()) {
                return id;
            }
        }
        return ResourceIds.kebab(fallback.toLowerCase(Locale.ROOT));
    }
}
