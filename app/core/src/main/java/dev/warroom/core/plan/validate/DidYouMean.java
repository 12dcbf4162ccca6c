package dev.warroom.core.plan.validate;

import dev.warroom.core.plan.load.Levenshtein;
import java.util.Locale;

/** "did you mean" hints for names that are close to a known one. */
public final class DidYouMean {

    private DidYouMean() {
    }

    /** {@code " (did you mean 'x'?)"} for the closest known name within a few edits, or an empty string. */
    public static String hint(String unknown, Iterable<String> known) {
        if (unknown == null || unknown.isEmpty()) {
            return "";
        }
        String wanted = unknown.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : known) {
            if (candidate == null || candidate.equals(unknown)) {
                continue;
            }
            int d = Levenshtein.distance(wanted, candidate.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                bestDistance = d;
                best = candidate;
            }
        }
        return best != null && bestDistance <= Math.max(2, unknown.length() / 3) ? " (did you mean '" + best + "'?)" : "";
    }
}
