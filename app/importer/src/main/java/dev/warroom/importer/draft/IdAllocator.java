package dev.warroom.importer.draft;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Kebab-case ASCII ids, unique within a namespace: from the English words of a text — the author's own
 * ({@code 18.5.2 手動故障轉移 (Manual failover)} gives {@code manual-failover}), else its ASCII words and the DR
 * glossary's English for its Chinese ({@code 驗證 DR 資料庫} gives {@code verify-dr-database}) — else a numbered
 * fallback ({@code procedure-3}). Chinese the glossary does not cover is left out, never transliterated.
 */
public final class IdAllocator {

    private static final Pattern WORD = Pattern.compile("[a-z][a-z0-9]*");
    private static final int MAX_WORDS = 5;
    private static final int MAX_LENGTH = 48;

    private final Map<String, Set<String>> taken = new HashMap<>();
    private final Map<String, Integer> fallbackCounters = new HashMap<>();

    /** A fresh id in {@code namespace} from {@code text}'s English words, else {@code fallback-N}. */
    public String allocate(String namespace, String text, String fallback) {
        String base = fromWords(text);
        if (base.isEmpty()) {
            base = fallback + "-" + fallbackCounters.merge(namespace + "/" + fallback, 1, Integer::sum);
        }
        return claim(namespace, base);
    }

    /**
     * A fresh id for a name, such as a system's ({@code 灾难恢复计划 - Gemini Image Toolbox} gives
     * {@code gemini-image-toolbox}): its ASCII words when it has some, as they name it; else as {@link #allocate}.
     */
    public String allocateName(String namespace, String text, String fallback) {
        String ascii = asciiWords(text == null ? "" : text).isEmpty() ? text : String.join(" ", asciiWords(text));
        return allocate(namespace, ascii, fallback);
    }

    /** {@code preferred} if free in {@code namespace} (made kebab-case first), else with -2, -3… appended. */
    public String claim(String namespace, String preferred) {
        Set<String> used = taken.computeIfAbsent(namespace, n -> new HashSet<>());
        String base = preferred.matches("[a-z0-9][a-z0-9-]{0,62}") ? preferred : fromWords(preferred.replace('_', ' '));
        if (base.isEmpty()) {
            base = "item";
        }
        String id = base;
        for (int n = 2; !used.add(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    /** The text's English words, lower-case, joined with '-' (at most five words); empty when it has none. */
    static String fromWords(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder id = new StringBuilder();
        int count = 0;
        for (String word : englishWords(text)) {
            if (count == MAX_WORDS) {
                break;
            }
            if (id.length() + word.length() + 1 > MAX_LENGTH) {
                break;
            }
            if (id.length() > 0) {
                id.append('-');
            }
            id.append(word);
            count++;
        }
        return id.toString();
    }

    private static List<String> englishWords(String text) {
        GlossaryRendering rendering = Glossary.dr().render(text);
        if (rendering.hasChinese() && !rendering.hasAuthorsEnglish()) {
            return rendering.idWords(chinese -> "").stream().filter(word -> WORD.matcher(word).matches()).toList();
        }
        return asciiWords(text);
    }

    private static List<String> asciiWords(String text) {
        List<String> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (matcher.find()) {
            words.add(matcher.group());
        }
        return words;
    }
}
