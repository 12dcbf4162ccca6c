package dev.warroom.cli;

import dev.warroom.core.drill.CriterionMeasure;
import dev.warroom.core.drill.CriterionVerdict;
import dev.warroom.core.drill.DrillState;
import dev.warroom.core.drill.HotWash;
import dev.warroom.core.plan.model.ChecklistItem;
import dev.warroom.core.plan.model.Drill;
import dev.warroom.core.plan.model.SuccessCriterion;
import dev.warroom.core.text.TextLanguage;
import dev.warroom.service.IncidentCommands;
import dev.warroom.service.IncidentHandle;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;

/**
 * The end of a drill once the incident has resolved or aborted: the journal's verdict on every criterion it
 * can measure, the facilitator's on the rest, the hot wash, the cleanup, and the closing, each journalled as
 * the facilitator and printed with the drill's own targets.
 */
final class DrillDebrief {

    private final IncidentHandle handle;
    private final Drill drill;
    private final DebriefSource source;
    private final IncidentCommands facilitator;
    private final TextLanguage language;
    private final PrintWriter out;
    private final PrintWriter err;

    DrillDebrief(IncidentHandle handle, Drill drill, DebriefSource source, String facilitator, TextLanguage language, PrintWriter out,
            PrintWriter err) {
        this.handle = handle;
        this.drill = drill;
        this.source = source;
        this.facilitator = handle.commands().as(facilitator);
        this.language = language;
        this.out = SafeTerminalWriter.redacting(out);
        this.err = err;
    }

    void run() {
        if (state().map(DrillState::closed).orElse(true)) {
            return;
        }
        out.println();
        out.println("Drill " + drill.id() + " — success criteria against the drill's own targets");
        List<CriterionMeasure> toJudge = DrillCommands.answer(facilitator.judgeMeasured(), "judge the measured criteria", err)
                .orElse(List.of());
        for (SuccessCriterion c : drill.successCriteria()) {
            if (toJudge.stream().noneMatch(m -> m.criterion().id().equals(c.id()))) {
                printVerdict(c);
            }
        }
        for (CriterionMeasure measure : toJudge) {
            DrillAnswers.Judgement judgement = source.verdict(measure);
            DrillCommands.done(facilitator.judgeCriterion(measure.criterion().id(), judgement.verdict(), measure.measured().orElse(""),
                    judgement.evidence()), "record the verdict on " + measure.criterion().id(), err);
            printVerdict(measure.criterion());
        }
        hotWash();
        closeWithCleanup();
        out.flush();
    }

    private void printVerdict(SuccessCriterion c) {
        Optional<CriterionVerdict> verdict = state().flatMap(d -> d.verdict(c.id()));
        String title = language.pick(c.title(), c.titleEn());
        out.println("  " + c.id() + ": " + title + " — " + verdict.map(v -> words(v, c)).orElse("not judged"));
    }

    private static String words(CriterionVerdict v, SuccessCriterion c) {
        String target = v.target().isBlank() ? DrillWords.target(c) : "target " + v.target();
        String measured = v.measured().isBlank() ? "" : "measured " + v.measured() + ", ";
        return measured + target + " — " + v.verdict().word().toUpperCase(java.util.Locale.ROOT).replace('-', ' ') + " (" + v.actor()
                + (v.evidence().isBlank() ? "" : ": " + v.evidence()) + ")";
    }

    private void hotWash() {
        Optional<HotWash> given = source.hotWash(drill);
        if (given.isEmpty()) {
            out.println("  hot wash: none recorded");
            return;
        }
        HotWash h = given.get();
        if (DrillCommands.done(facilitator.recordHotWash(h), "record the hot wash", err)) {
            out.println("  hot wash recorded: " + h.wentWell().size() + " went well, " + h.toImprove().size() + " to improve, "
                    + h.actions().size() + " action item(s), " + h.ratings().size() + " rating(s)");
        }
    }

    private void closeWithCleanup() {
        List<ChecklistItem> open = openItems();
        if (!open.isEmpty()) {
            for (String item : source.cleanupDone(open)) {
                DrillCommands.done(facilitator.tickCleanup(item), "tick cleanup item " + item, err);
            }
            open = openItems();
            out.println("  cleanup: " + (drill.cleanup().size() - open.size()) + " of " + drill.cleanup().size() + " item(s) ticked");
        }
        String reason = open.isEmpty() ? source.closingWords() : source.reasonLeftOpen(open);
        if (DrillCommands.done(facilitator.closeDrill(reason), "close the drill", err)) {
            out.println("Drill closed" + (open.isEmpty() ? "" : " with " + open.size() + " cleanup item(s) open ("
                    + String.join(", ", open.stream().map(ChecklistItem::id).toList()) + ")") + (reason.isBlank() ? "" : ": " + reason));
        }
    }

    private List<ChecklistItem> openItems() {
        List<String> ticked = state().map(d -> List.copyOf(d.cleanupTicked())).orElse(List.of());
        return drill.cleanup().stream().filter(i -> !ticked.contains(i.id())).toList();
    }

    private Optional<DrillState> state() {
        return handle.state().drill();
    }
}
