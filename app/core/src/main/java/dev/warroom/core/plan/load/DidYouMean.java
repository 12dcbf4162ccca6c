package dev.warroom.core.plan.load;

import dev.warroom.core.text.SafeText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

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

    /**
     * For an unknown kind: the close one as {@link #hint} gives it, else {@code " (nearest known: a, b, c)"}, the
     * {@code count} known names sharing most words with it (words split at '-' and '.'), then the fewest edits;
     * when none shares a word, the {@code count} fewest edits away.
     * A new user's {@code aurora-global-database} is no typo of anything, but {@code aws-rds} is where to look.
     */
    public static String nearest(String unknown, Iterable<String> known, int count) {
        String close = hint(unknown, known);
        if (!close.isEmpty() || unknown == null || unknown.isBlank() || unknown.length() > LONGEST_NAME) {
            return close;
        }
        String wanted = unknown.toLowerCase(Locale.ROOT);
        Set<String> words = words(wanted);
        List<String> candidates = new ArrayList<>();
        known.forEach(candidates::add);
        Comparator<String> byShared = Comparator.comparingInt(c -> -shared(words, words(c.toLowerCase(Locale.ROOT))));
        candidates.sort(byShared.thenComparingInt(c -> Levenshtein.distance(wanted, c.toLowerCase(Locale.ROOT)))
                .thenComparing(Comparator.naturalOrder()));
        boolean anyShares = candidates.stream().anyMatch(c -> shared(words, words(c.toLowerCase(Locale.ROOT))) > 0);
        List<String> shown = candidates.stream()
                .filter(c -> !anyShares || shared(words, words(c.toLowerCase(Locale.ROOT))) > 0)
                .limit(count).map(SafeText::forId).toList();
        return shown.isEmpty() ? "" : " (nearest known: " + String.join(", ", shown) + ")";
    }

    private static Set<String> words(String name) {
        return new HashSet<>(Arrays.asList(name.split("[-._ ]+")));
    }

    private static int shared(Set<String> a, Set<String> b) {
        return (int) a.stream().filter(w -> !w.isEmpty() && b.contains(w)).count();
    }
}
