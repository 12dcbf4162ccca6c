package dev.warroom.console.i18n;

import dev.warroom.core.report.RecordedWords;
import dev.warroom.core.report.words.ReportWords;
import dev.warroom.core.text.TextLanguage;
import java.text.MessageFormat;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The console's words in English, 繁體中文 and 简体中文, switchable at runtime: views bind to
 * {@link #text(String, Object...)} and follow {@link #localeProperty()}. One bundle per language
 * ({@code i18n/messages*.properties}), dotted keys. Use on the FX thread.
 */
public final class Messages {

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale TRADITIONAL_CHINESE = Locale.TRADITIONAL_CHINESE;
    public static final Locale SIMPLIFIED_CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final List<Locale> LANGUAGES = List.of(ENGLISH, TRADITIONAL_CHINESE, SIMPLIFIED_CHINESE);

    static final String BUNDLE = "dev.warroom.console.i18n.messages";

    private final ObjectProperty<Locale> locale = new SimpleObjectProperty<>(ENGLISH);
    private ResourceBundle bundle = load(ENGLISH);

    /** The bundle for the current language, loaded on first use: bindings re-read before change listeners run. */
    private ResourceBundle bundle() {
        if (!bundle.getLocale().equals(locale.get()) && !(bundle.getLocale().equals(Locale.ROOT) && locale.get().equals(ENGLISH))) {
            bundle = load(locale.get());
        }
        return bundle;
    }

    public ObjectProperty<Locale> localeProperty() {
        return locale;
    }

    public Locale locale() {
        return locale.get();
    }

    public void setLocale(Locale next) {
        locale.set(next);
    }

    /**
     * The engine's fixed words as the journal, the board and the plan checks record them ("down, primary", "held for 40s",
     * "unknown node 'x'"), said in this language as it is now; what follows them (a connector's error, a person's words,
     * ids) stays as recorded.
     */
    public RecordedWords recorded() {
        return new RecordedWords(words());
    }

    private ReportWords words() {
        return ReportWords.of(TextLanguage.fromLocale(locale()).orElse(TextLanguage.ENGLISH));
    }

    /**
     * A duration in this language's units, to the second once it reaches one ("1m30s", "1分30秒"): the words the reports
     * write durations in, so the room and its report say a duration alike.
     */
    public String duration(Duration duration) {
        return words().duration(duration);
    }

    /** The text for {@code key} now, with {@code args} filled in. */
    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle().getString(key);
        } catch (MissingResourceException e) {
            return "⟦" + key + "⟧";
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale.get()).format(args);
    }

    /** A binding that follows the language. */
    public StringBinding text(String key, Object... args) {
        return Bindings.createStringBinding(() -> get(key, args), locale);
    }

    static ResourceBundle load(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
