package dev.warroom.service.words;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * What the incident service says when it refuses a request (to open, resume or amend), kept as a key of the service's
 * word bundles ({@code service*.properties} beside this class: English, 繁體中文, 简体中文) and its arguments, so each
 * front end says it in its own language: the console in the window's, the command line in English. An argument that is
 * itself a {@code ServiceText} is said in the same language; paths, ids and a plan's words are arguments, never translated.
 */
public record ServiceText(String key, List<Object> args) {

    static final String BUNDLE = "dev.warroom.service.words.service";
    private static final String VERBATIM = "verbatim";

    public ServiceText {
        args = List.copyOf(args);
    }

    public static ServiceText of(String key, Object... args) {
        return new ServiceText(key, Arrays.asList(args));
    }

    /** Words from elsewhere (a connector's own message) that have no key here: they read as given in every language. */
    public static ServiceText verbatim(String text) {
        return new ServiceText(VERBATIM, List.of(String.valueOf(text)));
    }

    public String english() {
        return in(Locale.ROOT);
    }

    /** In {@code locale}'s language: Chinese (traditional or simplified) where the bundles have it, else English. */
    public String in(Locale locale) {
        if (VERBATIM.equals(key)) {
            return String.valueOf(args.get(0));
        }
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, locale,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
        } catch (MissingResourceException e) {
            return "⟦" + key + "⟧";
        }
        // every argument as text: a count or a port is never grouped ("1,234") the way MessageFormat would group a number
        Object[] filled = args.stream().map(a -> a instanceof ServiceText text ? text.in(locale) : String.valueOf(a)).toArray();
        return new MessageFormat(pattern, locale).format(filled);
    }

    @Override
    public String toString() {
        return english();
    }
}
