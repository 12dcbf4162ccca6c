package dev.warroom.core.incident;

import static dev.warroom.core.incident.DrillRig.FACILITATOR;
import static dev.warroom.core.incident.DrillRig.START;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warroom.core.drill.ActionItem;
import dev.warroom.core.drill.CriterionMeasure;
import dev.warroom.core.drill.HotWash;
import dev.warroom.core.drill.ObservationKind;
import dev.warroom.core.drill.Rating;
import dev.warroom.core.drill.Verdict;
import dev.warroom.core.plan.model.DrillInject;
import dev.warroom.core.plan.model.FaultKind;
import dev.warroom.core.plan.model.Plan;
import dev.warroom.core.report.IncidentReport;
import dev.warroom.core.report.MarkdownReport;
import dev.warroom.core.report.ReportBuilder;
import dev.warroom.core.time.VirtualClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Markdown report of a drill the facilitator conducted by hand: it shows the drill, each criterion with the
 * drill's own target and who judged it, every inject as it went (held and released, skipped with the reason,
 * ad hoc, never triggered, never reached), the observations, the hot wash and the cleanup, all from the journal.
 */
class DrillReportTest {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC);

    @TempDir
    static Path dir;

    private static String markdown;
    private static IncidentReport report;

    @BeforeAll
    static void conductTheDrillAndWriteItsReport() throws Exception {
        Plan plan = DrillRig.plan();
        VirtualClock clock = new VirtualClock(START);
        try (IncidentRuntime runtime = DrillRig.open(plan, dir.resolve("j.jsonl"), clock)) {
            Incident incident = runtime.incident();
            DrillDesk desk = incident.drillDesk();
            desk.hold("ceo-call", FACILITATOR);
            desk.skip("press", "no journalist today", FACILITATOR);
            clock.advance(Duration.ofMinutes(21));
            incident.note(NoteKind.NOTE, "past the call's time", FACILITATOR);
            desk.release("ceo-call", FACILITATOR);
            desk.acknowledge("ceo-call", "bob");
            desk.add(new DrillInject(null, null, null, null, "The storage team reports a full disk", null, FaultKind.RESOURCE_DOWN,
                    "db-west", null, null, "Check the standby", null), FACILITATOR);
            desk.observe("the team found the lag on its own", ObservationKind.STRENGTH, Optional.of("custom-1"), Optional.empty(),
                    FACILITATOR);
            incident.abort("the drill room is needed", FACILITATOR);
            for (CriterionMeasure left : desk.judgeMeasured()) {
                desk.judge(left.criterion().id(), left.criterion().id().equals("custom-1") ? Verdict.NOT_MET : Verdict.UNDETERMINED, "",
                        "one app needed a restart", FACILITATOR);
            }
            desk.recordHotWash(new HotWash(List.of("calm decision"), List.of("runbook is out of date"),
                    List.of(new ActionItem("update the runbook", "erin", "2026-12-15")), Map.of("decide", Rating.S)), FACILITATOR);
            desk.tickCleanup("restore-replica", FACILITATOR);
            desk.close("the channel stays open for the follow-up", FACILITATOR);
            report = ReportBuilder.build(plan, incident.events(), "head");
        }
        markdown = MarkdownReport.render(report);
    }

    @Test
    void theReportShowsTheDrillAndJudgesRpoAgainstTheDrillsOwnTarget() {
        assertThat(report.drill()).isPresent();
        assertThat(report.rpo().target()).contains(Duration.ofMinutes(1));
        assertThat(markdown).contains("## Drill: 季度演練 (Quarterly drill)")
                .contains("| Drill | `quarterly` |")
                .contains("| Type | tabletop |")
                .contains("| RPO (replica lag at promotion) | 1m |")
                .contains("the drill's own targets");
    }

    @Test
    void eachCriterionHasItsOwnTargetItsVerdictAndWhoGaveIt() {
        assertThat(markdown).contains("| RPO under a minute (`rpo`) | ≤ 1m |")
                .containsPattern("\\| Apps reconnect on their own \\(`custom-1`\\) \\| yes/no \\| — \\| ⚠️ not met \\| fran, [0-9:]+ \\|"
                        + " one app needed a restart \\|");
    }

    @Test
    void theInjectsAreListedAsTheyWent() {
        assertThat(markdown).containsPattern("\\| `ceo-call` \\| at 20m \\| fired \\| [0-9:]+ \\| 21m \\| [^|]+ \\| The CEO calls for an update \\|"
                + " — \\| — \\| held " + CLOCK.format(START) + " by fran, released [0-9:]+ by fran \\| bob, [0-9:]+ \\|");
        assertThat(markdown).contains("| `press` | at 30m | skipped: no journalist today |");
        assertThat(markdown).containsPattern("\\| `adhoc-1` \\| ad hoc, at once \\| fired \\| .*resource-down on db-west — done");
        assertThat(markdown).contains("| `on-resync` | on item-ticked back resync | not triggered |");
        assertThat(markdown).contains("| `late` | at 12h | not reached |");
    }

    @Test
    void theObservationsHotWashAndCleanupAreThere() {
        assertThat(markdown).containsPattern("\\| [0-9:]+ \\| 21m \\| fran \\| strength \\| criterion Apps reconnect on their own \\|"
                + " the team found the lag on its own \\|");
        assertThat(markdown).contains("- calm decision").contains("- runbook is out of date")
                .contains("| update the runbook | erin | 2026-12-15 |")
                .contains("| 決定切換 (`decide`) | S |");
        assertThat(markdown).contains("1 of 2 items ticked.")
                .containsPattern("- \\[x\\] Rebuild the replica \\(`restore-replica`\\) — fran, [0-9:]+")
                .contains("- [ ] Close the drill channel (`close-channel`)")
                .contains("the channel stays open for the follow-up");
    }
}
