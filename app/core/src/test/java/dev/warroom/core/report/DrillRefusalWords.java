package dev.warroom.core.report;

import dev.warroom.core.report.words.ReportWords;
import dev.warroom.core.text.TextLanguage;
import java.util.Optional;

/**
 * For the engine's tests: a drill desk's refusal read with one language's words, English too. {@link RecordedWords}
 * returns English as recorded without reading it, so only this shows that the English words say it exactly again.
 */
public final class DrillRefusalWords {

    private DrillRefusalWords() {
    }

    /** {@code refusal} in {@code language}'s words, or empty if it is not a drill desk's refusal. */
    public static Optional<String> said(TextLanguage language, String refusal) {
        return new RecordedDrillRefusals(ReportWords.of(language)).said(refusal);
    }
}
