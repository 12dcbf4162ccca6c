package dev.warroom.cli;

import dev.warroom.core.drill.CriterionMeasure;
import dev.warroom.core.drill.HotWash;
import dev.warroom.core.drill.Verdict;
import dev.warroom.core.plan.model.ChecklistItem;
import dev.warroom.core.plan.model.Drill;
import java.util.List;
import java.util.Optional;

/**
 * The end of a drill under --auto with nobody to ask: what the journal cannot measure is recorded as
 * undetermined (so every criterion has a journalled verdict), no hot wash is recorded, nothing is ticked,
 * and the drill is closed "by --auto".
 */
final class AutoDebrief implements DebriefSource {

    static final String CLOSED_BY_AUTO = "closed by --auto";

    @Override
    public DrillAnswers.Judgement verdict(CriterionMeasure measure) {
        return new DrillAnswers.Judgement(Verdict.UNDETERMINED, "not judged: an --auto run has no facilitator to ask");
    }

    @Override
    public Optional<HotWash> hotWash(Drill drill) {
        return Optional.empty();
    }

    @Override
    public List<String> cleanupDone(List<ChecklistItem> open) {
        return List.of();
    }

    @Override
    public String reasonLeftOpen(List<ChecklistItem> open) {
        return CLOSED_BY_AUTO;
    }

    @Override
    public String closingWords() {
        return CLOSED_BY_AUTO;
    }
}
