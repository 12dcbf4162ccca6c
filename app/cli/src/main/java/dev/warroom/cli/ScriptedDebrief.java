package dev.warroom.cli;

import dev.warroom.core.drill.CriterionMeasure;
import dev.warroom.core.drill.HotWash;
import dev.warroom.core.plan.model.ChecklistItem;
import dev.warroom.core.plan.model.Drill;
import java.util.List;
import java.util.Optional;

/** The end of a drill from the --answers file; whatever the file leaves out goes to the fallback (the terminal, or --auto). */
final class ScriptedDebrief implements DebriefSource {

    private final DrillAnswers script;
    private final DebriefSource fallback;

    ScriptedDebrief(DrillAnswers script, DebriefSource fallback) {
        this.script = script;
        this.fallback = fallback;
    }

    @Override
    public DrillAnswers.Judgement verdict(CriterionMeasure measure) {
        DrillAnswers.Judgement given = script.verdicts().get(measure.criterion().id());
        return given != null ? given : fallback.verdict(measure);
    }

    @Override
    public Optional<HotWash> hotWash(Drill drill) {
        return script.hotWash().or(() -> fallback.hotWash(drill));
    }

    @Override
    public List<String> cleanupDone(List<ChecklistItem> open) {
        return script.cleanup().map(c -> c.all() ? open.stream().map(ChecklistItem::id).toList()
                : open.stream().map(ChecklistItem::id).filter(c.tick()::contains).toList()).orElseGet(() -> fallback.cleanupDone(open));
    }

    @Override
    public String reasonLeftOpen(List<ChecklistItem> open) {
        return script.cleanup().flatMap(DrillAnswers.Cleanup::reason).filter(r -> !r.isBlank())
                .orElseGet(() -> fallback.reasonLeftOpen(open));
    }

    @Override
    public String closingWords() {
        return script.cleanup().flatMap(DrillAnswers.Cleanup::reason).filter(r -> !r.isBlank()).orElseGet(fallback::closingWords);
    }
}
