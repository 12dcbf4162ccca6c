package dev.warroom.core.text;

import java.util.Locale;
import java.util.Optional;

/**
 * The one language a reader sees a plan's text in. A plan is written in its own language and may carry an
 * English text beside each title ({@code titleEn}); {@link #pick} chooses one of the two, never both.
 * WarRoom has no translations of plan text, so any language other than English shows the plan's own text.
 */
public record TextLanguage(String tag) {

    public static final TextLanguage ENGLISH = new TextLanguage("en");
    public static final TextLanguage TRADITIONAL_CHINESE = new TextLanguage("zh-TW");
    public static final TextLanguage SIMPLIFIED_CHINESE = new TextLanguage("zh-CN");

    /** The languages a reader may ask for by tag, as the command line lists them. */
    public static final String CHOICES = "en, zh-TW, zh-CN";

    public boolean english() {
        return tag.equals("en") || tag.startsWith("en-");
    }

    /** The English text when reading in English and the plan has one, else the plan's own text. */
    public String pick(String original, String english) {
        if (english() && english != null && !english.isBlank()) {
            return english;
        }
        return original != null ? original : english;
    }

    /** One of {@link #CHOICES}, in any case and with {@code -} or {@code _}; empty for anything else. */
    public static Optional<TextLanguage> fromTag(String tag) {
        if (tag == null) {
            return Optional.empty();
        }
        return switch (tag.strip().replace('_', '-').toLowerCase(Locale.ROOT)) {
            case "en", "en-us", "en-gb" -> Optional.of(ENGLISH);
            case "zh-tw", "zh-hk", "zh-mo", "zh-hant" -> Optional.of(TRADITIONAL_CHINESE);
            case "zh-cn", "zh-sg", "zh-hans", "zh" -> Optional.of(SIMPLIFIED_CHINESE);
            default -> Optional.empty();
        };
    }

    /** The language a system locale speaks, if it is one WarRoom can choose: English, or Chinese (traditional or simplified). */
    public static Optional<TextLanguage> fromLocale(Locale locale) {
        if (locale.getLanguage().equals("en")) {
            return Optional.of(ENGLISH);
        }
        if (!locale.getLanguage().equals("zh")) {
            return Optional.empty();
        }
        boolean traditional = locale.getScript().equals("Hant")
                || (locale.getScript().isEmpty() && java.util.Set.of("TW", "HK", "MO").contains(locale.getCountry()));
        return Optional.of(traditional ? TRADITIONAL_CHINESE : SIMPLIFIED_CHINESE);
    }

    /** Whether the text holds any Chinese, Japanese or Korean characters (how a plan that names no language shows its own). */
    public static boolean hasCjk(String text) {
        return text != null && text.codePoints().anyMatch(TextLanguage::isCjk);
    }

    private static boolean isCjk(int codePoint) {
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
    }
}
