package dev.warroom.importer.words;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Something the importer says (a warning, what a part of the document was, where it went), kept as a key of the
 * importer's word bundles ({@code importer*.properties} beside this class: English, 繁體中文, 简体中文) and its arguments, so each front
 * end shows it in its own language: the console in the window's, the command line and the mapping report in English.
 * An argument that is itself an {@code ImportText} is said in the same language; the document's own text and the plan's
 * paths and ids are arguments, never translated.
 */
public record ImportText(String key, List<Object> args) {

    static final String BUNDLE = "dev.warroom.importer.words.importer";
    private static final String VERBATIM = "verbatim";

    public ImportText {
        args = List.copyOf(args);
    }

    public static ImportText of(String key, Object... args) {
        return new ImportText(key, Arrays.asList(args));
    }

    /** A text that has no key of its own: it reads as written in every language. */
    public static ImportText verbatim(String text) {
        return new ImportText(VERBATIM, List.of(text));
    }

    public String english() {
        return in(Locale.ROOT);
    }

    public String in(Locale locale) {
        if (VERBATIM.equals(key)) {
            return String.valueOf(args.get(0));
        }
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return "⟦" + key + "⟧";
        }
        Object[] filled = args.stream().map(a -> a instanceof ImportText text ? text.in(locale) : a).toArray();
        return new MessageFormat(pattern, locale).format(filled);
    }

    @Override
    public String toString() {
        return english();
    }
}
