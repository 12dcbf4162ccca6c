package dev.warroom.core.plan.load;

import dev.warroom.core.text.SafeText;
import java.util.Locale;

/** "did you mean" hints for names that are close to a known one. */
public final class DidYouMean {

    /** Longer names are not typos of an id; comparing them would only cost time on hostile input. */
    private static final int LONGEST_NAME = 64;

    private DidYouMean() {
    }

    /** {@code " (did you mean 'x'?)"} for the closest known name within a few edits, or an empty string. */
    public static String hint(String unknown, Iterable<String> known) {
        if (unknown == null || unknown.isEmpty() || unknown.length() > LONGEST_NAME) {
            return "";
        }
        String wanted = unknown.toLowerCase(Locale.ROOT);
        int allowed = Math.max(2, unknown.length() / 3);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : known) {
            if (candidate == null || candidate.equals(unknown) || Math.abs(candidate.length() - unknown.length()) > allowed) {
                continue;
            }
            int d = Levenshtein.distance(wanted, candidate.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                bestDistance = d;
                best = candidate;
            }
        }
        return best != null && bestDistance <= allowed ? " (did you mean '" + SafeText.forId(best) + "'?)" : "";
    }
}
