package dev.warroom.cli;

import dev.warroom.core.text.TextLanguage;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * The language the system locale asks for, if it asks for one. The C and POSIX locales (and no locale at all)
 * name no language — the JDK reports them as English — so they leave the choice to the plan.
 */
final class SystemLanguage {

    private SystemLanguage() {
    }

    static Optional<TextLanguage> get() {
        return of(System::getenv, Locale.getDefault());
    }

    static Optional<TextLanguage> of(Function<String, String> environment, Locale locale) {
        String posixLocale = firstSet(environment, "LC_ALL", "LC_MESSAGES", "LANG");
        if (posixLocale.isEmpty() || posixLocale.equals("C") || posixLocale.equals("POSIX") || posixLocale.startsWith("C.")) {
            return Optional.empty();
        }
        return TextLanguage.fromLocale(locale);
    }

    private static String firstSet(Function<String, String> environment, String... names) {
        for (String name : names) {
            String value = environment.apply(name);
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return "";
    }
}
