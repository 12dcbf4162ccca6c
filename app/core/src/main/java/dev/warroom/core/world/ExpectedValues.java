package dev.warroom.core.world;

import java.util.Locale;

/**
 * Whether a value a system returned is what a plan expects. Case and surrounding space do not
 * matter, and PostgreSQL's {@code t}/{@code f} mean {@code true}/{@code false}.
 */
public final class ExpectedValues {

    private ExpectedValues() {
    }

    public static boolean matches(String got, String expected) {
        if (expected == null || expected.isBlank()) {
            return got != null && !got.isBlank();
        }
        return got != null && normal(got).equals(normal(expected));
    }

    private static String normal(String value) {
        String v = value.strip().toLowerCase(Locale.ROOT);
        return switch (v) {
            case "t", "true" -> "true";
            case "f", "false" -> "false";
            default -> v;
        };
    }
}
