package dev.warroom.core.report;

import com.ibm.icu.text.Transliterator;
import dev.warroom.core.plan.PlanLanguage;
import dev.warroom.core.plan.model.Plan;
import dev.warroom.core.text.SafeText;
import dev.warroom.core.text.TextLanguage;

/**
 * The plan's and the journal's text as the report shows it: picked in the report's language (the English
 * text in English where the plan has one), safe for display, and, in a Simplified Chinese report of a plan
 * written in Traditional Chinese, converted with ICU4J's Hant-Hans transliterator.
 */
final class PlanText {

    private static final class Converter {
        static final Transliterator HANT_TO_HANS = Transliterator.getInstance("Hant-Hans");
    }

    private final TextLanguage language;
    private final boolean converts;

    PlanText(Plan plan, TextLanguage language) {
        this.language = language;
        this.converts = language.equals(TextLanguage.SIMPLIFIED_CHINESE) && PlanLanguage.of(plan).equals(TextLanguage.TRADITIONAL_CHINESE);
    }

    /** Whether the plan's text is converted from Traditional to Simplified Chinese. */
    boolean converts() {
        return converts;
    }

    /** A title of the plan in the report's language. */
    String pick(String original, String english) {
        return of(language.pick(original, english));
    }

    /** Text from the plan or the journal, as written (converted where the report converts). */
    String of(String text) {
        String safe = SafeText.forDisplay(text == null ? "" : text);
        if (!converts || !TextLanguage.hasCjk(safe)) {
            return safe;
        }
        synchronized (Converter.HANT_TO_HANS) {
            return Converter.HANT_TO_HANS.transliterate(safe);
        }
    }
}
