package dev.warroom.core.sim;

/** Finding a name inside a longer value, e.g. the site id {@code west} in {@code api-west.example.com}. */
final class Names {

    private Names() {
    }

    /** Whether {@code name} occurs in {@code text} as a whole word (not inside a longer run of letters and digits). */
    static boolean mentions(String text, String name) {
        if (name.isEmpty()) {
            return false;
        }
        int from = 0;
        while (true) {
            int at = text.indexOf(name, from);
            if (at < 0) {
                return false;
            }
            int end = at + name.length();
            boolean startsClean = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
            boolean endsClean = end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
            if (startsClean && endsClean) {
                return true;
            }
            from = at + 1;
        }
    }
}
