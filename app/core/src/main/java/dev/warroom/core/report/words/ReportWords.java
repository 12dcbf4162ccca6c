package dev.warroom.core.report.words;

import dev.warroom.core.text.TextLanguage;
import java.text.MessageFormat;
import java.time.Duration;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The report's own words (headings of its built-in parts, column headers, verdicts, "to fill", units) in
 * English, 繁體中文 or 简体中文: one bundle per language ({@code report*.properties} beside this class), the way
 * the console keeps its words. The plan's text is never looked up here: it appears as written.
 */
public final class ReportWords {

    static final String BUNDLE = "dev.warroom.core.report.words.report";

    private final TextLanguage language;
    private final Locale locale;
    private final ResourceBundle bundle;

    private ReportWords(TextLanguage language, Locale locale) {
        this.language = language;
        this.locale = locale;
        this.bundle = load(locale);
    }

    /** The words for {@code language}: Chinese (traditional or simplified) by its tag, anything else English. */
    public static ReportWords of(TextLanguage language) {
        return new ReportWords(language, localeOf(language));
    }

    public TextLanguage language() {
        return language;
    }

    /** The text for {@code key} with {@code args} filled in; a key no bundle has reads as itself in brackets. */
    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return "⟦" + key + "⟧";
        }
        return args.length == 0 ? pattern.replace("''", "'") : new MessageFormat(pattern, locale).format(args);
    }

    /** Whether any bundle has {@code key} (a code from the journal may have no words of its own). */
    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /**
     * Sentences in one paragraph, empty ones left out: English puts a space between them, while a sentence that ends
     * in a full-width mark (。！？) is followed directly, as Chinese is written.
     */
    public String sentences(String... sentences) {
        StringBuilder out = new StringBuilder();
        for (String sentence : sentences) {
            if (sentence == null || sentence.isEmpty()) {
                continue;
            }
            if (!out.isEmpty() && "。！？".indexOf(out.charAt(out.length() - 1)) < 0) {
                out.append(' ');
            }
            out.append(sentence);
        }
        return out.toString();
    }

    /** A duration in this language's units, to the second once it reaches one: {@code 6m33s}, {@code 6分33秒}. */
    public String duration(Duration duration) {
        if (duration.isNegative()) {
            return "-" + duration(duration.negated());
        }
        if (duration.isZero()) {
            return "0" + get("unit.s");
        }
        if (duration.compareTo(Duration.ofSeconds(1)) < 0) {
            return duration.toMillis() + get("unit.ms");
        }
        long seconds = duration.plusMillis(500).getSeconds();
        StringBuilder out = new StringBuilder();
        append(out, seconds / 86_400, "unit.d");
        append(out, seconds % 86_400 / 3_600, "unit.h");
        append(out, seconds % 3_600 / 60, "unit.m");
        append(out, seconds % 60, "unit.s");
        return out.toString();
    }

    private void append(StringBuilder out, long amount, String unit) {
        if (amount > 0) {
            out.append(amount).append(get(unit));
        }
    }

    static Locale localeOf(TextLanguage language) {
        return switch (language.tag()) {
            case "zh-TW" -> Locale.TRADITIONAL_CHINESE;
            case "zh-CN" -> Locale.SIMPLIFIED_CHINESE;
            default -> Locale.ENGLISH;
        };
    }

    static ResourceBundle load(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
