package dev.warroom.importer.draft;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The DR glossary ({@code dr-glossary.tsv}): the domain's Chinese words, Traditional and Simplified, and their English.
 * It renders a title word by word, the longest term first, and says which Chinese it could not cover.
 */
public final class Glossary {

    private static final String RESOURCE = "dr-glossary.tsv";
    private static final Glossary DR = load();

    private final Map<String, String> english;
    private final int longestTerm;

    private Glossary(Map<String, String> english) {
        this.english = Map.copyOf(english);
        this.longestTerm = english.keySet().stream().mapToInt(String::length).max().orElse(1);
    }

    /** The glossary the importer ships. */
    public static Glossary dr() {
        return DR;
    }

    /** The text cut into its ASCII parts, the glossary's terms and the Chinese it does not cover, in order. */
    public GlossaryRendering render(String text) {
        GlossaryRendering.Builder parts = new GlossaryRendering.Builder();
        String source = text == null ? "" : text;
        int i = 0;
        while (i < source.length()) {
            int codePoint = source.codePointAt(i);
            if (!isHan(codePoint)) {
                parts.other(Character.toString(codePoint));
                i += Character.charCount(codePoint);
                continue;
            }
            String term = longestTermAt(source, i);
            if (term == null) {
                parts.uncovered(Character.toString(codePoint));
                i += Character.charCount(codePoint);
            } else {
                parts.term(english.get(term));
                i += term.length();
            }
        }
        return parts.build();
    }

    private String longestTermAt(String text, int start) {
        for (int length = Math.min(longestTerm, text.length() - start); length > 0; length--) {
            String candidate = text.substring(start, start + length);
            if (english.containsKey(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    static boolean isHan(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }

    private static Glossary load() {
        try (InputStream in = Glossary.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the importer's " + RESOURCE + " is missing from its jar");
            }
            Map<String, String> terms = new HashMap<>();
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int tab = line.indexOf('\t');
                String chinese = tab < 0 ? line.strip() : line.substring(0, tab).strip();
                String meaning = tab < 0 ? "" : line.substring(tab + 1).strip();
                terms.put(chinese, meaning);
            }
            return new Glossary(terms);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
