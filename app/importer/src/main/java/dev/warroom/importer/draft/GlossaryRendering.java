package dev.warroom.importer.draft;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A title as the glossary reads it: its parts in order, each ASCII text, an English term, or Chinese it does not cover. */
public final class GlossaryRendering {

    private static final Pattern WORD = Pattern.compile("[a-z0-9]+");
    private static final Pattern AUTHORS_ENGLISH = Pattern.compile("[(（][^()（）\\p{IsHan}]*[A-Za-z]{2}[^()（）\\p{IsHan}]*[)）]");
    private static final Map<Character, String> PUNCTUATION = Map.of('：', ": ", '，', ", ", '、', ", ", '（', " (", '）', ") ",
            '？', "?", '－', "-", '。', ". ", '；', "; ");

    private enum Kind { OTHER, TERM, UNCOVERED }

    private record Part(Kind kind, String text) {
    }

    private final List<Part> parts;
    private final String original;

    private GlossaryRendering(List<Part> parts, String original) {
        this.parts = List.copyOf(parts);
        this.original = original;
    }

    /** The text has Chinese and the glossary covers all of it. */
    public boolean fullyCovered() {
        return parts.stream().anyMatch(p -> p.kind == Kind.TERM) && parts.stream().noneMatch(p -> p.kind == Kind.UNCOVERED);
    }

    /** The text has Chinese. */
    public boolean hasChinese() {
        return parts.stream().anyMatch(p -> p.kind != Kind.OTHER);
    }

    /** The author wrote the English beside the Chinese, in parentheses: "手動故障轉移 (Manual failover)". */
    public boolean hasAuthorsEnglish() {
        return AUTHORS_ENGLISH.matcher(original).find();
    }

    /**
     * The id words (runs of lowercase ASCII letters and digits) in the text's order: its ASCII words and the glossary's English; Chinese the glossary
     * does not cover becomes what {@code uncovered} makes of it (pinyin, or nothing).
     */
    public List<String> idWords(UnaryOperator<String> uncovered) {
        StringBuilder text = new StringBuilder();
        StringBuilder run = new StringBuilder();
        for (Part part : parts) {
            if (part.kind == Kind.UNCOVERED) {
                run.append(part.text);
                continue;
            }
            flush(run, text, uncovered);
            text.append(part.kind == Kind.TERM ? " " + part.text + " " : part.text);
        }
        flush(run, text, uncovered);
        List<String> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(text.toString().toLowerCase(Locale.ROOT));
        while (matcher.find()) {
            words.add(matcher.group());
        }
        return words;
    }

    private static void flush(StringBuilder run, StringBuilder text, UnaryOperator<String> uncovered) {
        if (run.length() > 0) {
            text.append(' ').append(uncovered.apply(run.toString())).append(' ');
            run.setLength(0);
        }
    }

    /** The title in English, term by term, its punctuation made ASCII and a first letter a capital; for covered text. */
    public String english() {
        StringBuilder out = new StringBuilder();
        for (Part part : parts) {
            if (part.kind == Kind.TERM) {
                out.append(' ').append(part.text).append(' ');
            } else if (part.text.length() == 1 && PUNCTUATION.containsKey(part.text.charAt(0))) {
                out.append(PUNCTUATION.get(part.text.charAt(0)));
            } else {
                out.append(part.text);
            }
        }
        String spaced = out.toString().replaceAll("\\s+", " ").replaceAll(" ([,.:;?)])", "$1").replaceAll("\\( ", "(").strip();
        return spaced.isEmpty() || !Character.isLetter(spaced.charAt(0)) ? spaced
                : Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }

    static final class Builder {
        private final List<Part> parts = new ArrayList<>();
        private final StringBuilder original = new StringBuilder();

        void other(String text) {
            parts.add(new Part(Kind.OTHER, text));
            original.append(text);
        }

        void term(String english) {
            parts.add(new Part(Kind.TERM, english));
            original.append('\u4e00');
        }

        void uncovered(String chinese) {
            parts.add(new Part(Kind.UNCOVERED, chinese));
            original.append(chinese);
        }

        GlossaryRendering build() {
            return new GlossaryRendering(parts, original.toString());
        }
    }
}
