package dev.warroom.importer.mermaid;

import com.ibm.icu.text.Transliterator;
import dev.warroom.importer.draft.Glossary;
import dev.warroom.importer.draft.GlossaryRendering;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a box's or an edge's words say: waiting or watching, a duration, yes or no, and an id made from them. */
final class Labels {

    private static final Pattern WAITING = Pattern.compile("(?i)(\\bwait|等待|等候|稍後|稍后)");
    private static final Pattern WATCHING = Pattern.compile(
            "(?i)(\\bwait|\\bretry|re-?check|check again|\\bmonitor|\\bwatch|\\bpoll|\\bobserve|等待|等候|監控|监控|觀察|观察|重試|重试|再次檢查|再次检查|稍後|稍后)");
    private static final Pattern DURATION = Pattern.compile(
            "(?i)(\\d{1,4})\\s*(ms|s|sec|secs|seconds?|m|min|mins|minutes?|h|hr|hrs|hours?|d|days?|秒|分鐘|分钟|分|小時|小时|天)(?![a-z])");
    private static final Pattern YES = Pattern.compile("(?i)^\\s*(?:是|對|对|可以|(?:yes|y|ok|true)\\b)");
    private static final Pattern NO = Pattern.compile("(?i)^\\s*(?:否|不|沒有|没有|無|无|(?:no|n|false)\\b)");
    private static final int LONGEST_ID_PART = 48;

    private final Map<String, String> transliterated = new HashMap<>();

    /** The box says to wait ("等待自動恢復"): a wait node, not an action. */
    static boolean waiting(String text) {
        return text != null && WAITING.matcher(text).find();
    }

    /** Waiting, watching, monitoring or retrying: what makes a loop a "look again" loop (a reassess node). */
    static boolean watching(String text) {
        return text != null && WATCHING.matcher(text).find();
    }

    /** The first duration the text names ("< 15 min", "每 5 分鐘", "2h"), as a plan duration. */
    static Optional<String> duration(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = DURATION.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        long amount = Long.parseLong(m.group(1));
        String unit = m.group(2).toLowerCase(Locale.ROOT);
        Duration d;
        if (unit.equals("ms")) {
            return Optional.empty();
        } else if (unit.startsWith("s") || unit.equals("秒")) {
            d = Duration.ofSeconds(amount);
        } else if (unit.startsWith("m") || unit.startsWith("分")) {
            d = Duration.ofMinutes(amount);
        } else if (unit.startsWith("h") || unit.startsWith("小")) {
            d = Duration.ofHours(amount);
        } else {
            d = Duration.ofDays(amount);
        }
        if (d.isZero() || d.compareTo(Duration.ofDays(7)) > 0) {
            return Optional.empty();
        }
        return Optional.of(d.toSeconds() % 3600 == 0 ? d.toHours() + "h" : d.toSeconds() % 60 == 0 ? d.toMinutes() + "m" : d.toSeconds() + "s");
    }

    static boolean negative(String label) {
        return label != null && NO.matcher(label).find();
    }

    /** "yes" or "no" where the label says so, else an id made from it. */
    String answerId(String label) {
        if (YES.matcher(label).find()) {
            return "yes";
        }
        if (NO.matcher(label).find()) {
            return "no";
        }
        return id(label, "answer");
    }

    /**
     * Lowercase ASCII kebab-case: the ASCII words and the DR glossary's English for the Chinese, what it does not cover
     * in pinyin (the author's English alone where they wrote it in parentheses); {@code fallback} when nothing is left.
     */
    String id(String text, String fallback) {
        String source = text == null ? "" : text.length() > 80 ? text.substring(0, 80) : text;
        GlossaryRendering rendering = Glossary.dr().render(source);
        String words = !rendering.hasChinese() || rendering.hasAuthorsEnglish() ? source.replaceAll("\\p{IsHan}+", " ")
                : String.join(" ", rendering.idWords(chinese -> transliterated.computeIfAbsent(chinese, Pinyin::of)));
        String kebab = kebab(words);
        if (kebab.length() > LONGEST_ID_PART) {
            kebab = kebab.substring(0, LONGEST_ID_PART).replaceAll("-[^-]*$", "");
        }
        return kebab.isEmpty() ? kebab(fallback) : kebab;
    }

    /** Chinese in pinyin, accents dropped; built on first use, as loading ICU's rules takes a moment. */
    private static final class Pinyin {
        private static final Transliterator TO_ASCII = Transliterator.getInstance("Han-Latin; Latin-ASCII");

        static String of(String text) {
            synchronized (TO_ASCII) {
                return TO_ASCII.transliterate(text);
            }
        }
    }

    static String kebab(String text) {
        return dev.warroom.importer.draft.Kebab.of(text);
    }
}
