package dev.warroom.cli;

import dev.warroom.core.drill.CriterionMeasure;
import dev.warroom.core.drill.HotWash;
import dev.warroom.core.plan.model.ChecklistItem;
import dev.warroom.core.plan.model.Drill;
import java.util.List;
import java.util.Optional;

/** Where the facilitator's end of a drill comes from: the terminal, the --answers file, or nobody (--auto). */
interface DebriefSource {

    /** The verdict on a criterion the journal could not measure. */
    DrillAnswers.Judgement verdict(CriterionMeasure measure);

    /** The hot wash, or none if nobody gives one. */
    Optional<HotWash> hotWash(Drill drill);

    /** Which of the {@code open} cleanup items are done and to be ticked. */
    List<String> cleanupDone(List<ChecklistItem> open);

    /** Why the drill is closed with these items still open. */
    String reasonLeftOpen(List<ChecklistItem> open);

    /** What the closing says when nothing is left open ("" for a person closing it). */
    default String closingWords() {
        return "";
    }
}
