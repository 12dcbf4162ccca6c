package dev.warroom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warroom.core.drill.CriterionVerdict;
import dev.warroom.core.drill.DrillState;
import dev.warroom.core.drill.HotWash;
import dev.warroom.core.drill.InjectState;
import dev.warroom.core.drill.Verdict;
import dev.warroom.core.incident.EventTypes;
import dev.warroom.core.incident.IncidentFold;
import dev.warroom.core.journal.JournalEvent;
import dev.warroom.core.plan.model.CriterionMetric;
import dev.warroom.core.plan.model.Drill;
import dev.warroom.core.plan.model.Plan;
import dev.warroom.core.plan.model.SuccessCriterion;
import dev.warroom.core.plan.validate.PlanValidation;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code warroom run PLAN --drill ID}: the AI Workflow Q1 database drill from the command line, its injects
 * fired and acknowledged, its criteria judged against its own targets, the hot wash and cleanup from the
 * --answers file, the drill closed, and the report saying all of it.
 */
class DrillRunTest {

    static final String DRILL = "db-primary-drill-q1";

    @TempDir
    Path dir;

    static Plan plan() {
        return new PlanValidation().validate(Incidents.plan()).plan().orElseThrow();
    }

    static Drill drill() {
        return plan().drills().stream().filter(d -> d.id().equals(DRILL)).findFirst().orElseThrow();
    }

    private static long last(List<JournalEvent> events, String type) {
        return events.stream().filter(e -> e.type().equals(type)).mapToLong(JournalEvent::seq).max().orElseThrow();
    }

    private static DrillState drillState(Path journal) throws Exception {
        return IncidentFold.fold(plan(), Incidents.incidentEvents(journal)).drill().orElseThrow();
    }

    static String customCriterion() {
        return drill().successCriteria().stream().filter(c -> c.metric() == CriterionMetric.CUSTOM).findFirst().orElseThrow().id();
    }

    /** The facilitator's end of the drill, as a file: a verdict on the first custom criterion, the hot wash, all cleanup done. */
    private Path answers() throws Exception {
        List<String> lines = new ArrayList<>(List.of(
                "actor: dana",
                "verdicts:",
                "  " + customCriterion() + ": {verdict: met, evidence: \"apps reconnected within 30 s\"}",
                "hotWash:",
                "  wentWell: [the standby took over on its own]",
                "  toImprove: [nobody watched the replica lag]",
                "  actions:",
                "    - {text: page the DBA on call sooner, owner: erin, due: 2025-04-01}"));
        drill().objectives().stream().findFirst().ifPresent(o -> lines.addAll(List.of("  ratings:", "    " + o.id() + ": S")));
        lines.addAll(List.of("cleanup: {tick: all}"));
        return Files.write(dir.resolve("answers.yaml"), lines, StandardCharsets.UTF_8);
    }

    @Test
    void theQ1DrillRunsFromTheCommandLineAndIsJudgedAgainstItsOwnTargets() throws Exception {
        Path journal = dir.resolve("drill.jsonl");

        CliRun run = Incidents.autoRun(journal, "--drill", DRILL, "--answers", answers().toString());

        assertThat(run.exitCode()).as(run.all()).isZero();
        Drill drill = drill();
        assertThat(run.out()).contains("Drill " + DRILL + ": ");
        for (SuccessCriterion c : drill.successCriteria()) {
            assertThat(run.out()).contains("    " + c.id() + ": ");
        }
        List<JournalEvent> events = Incidents.events(journal);
        assertThat(events.get(0).data().path("drill").asText()).isEqualTo(DRILL);

        DrillState state = drillState(journal);
        assertThat(state.injects()).extracting(InjectState::id).containsAll(drill.injects().stream().map(i -> i.id()).toList());
        assertThat(state.injects()).as("every inject fired, was skipped or lapsed").noneMatch(i -> i.status().isOpen());
        long lastAnswer = last(events, EventTypes.ANSWERED);
        long ended = events.stream().filter(e -> e.type().equals(EventTypes.RESOLVED) || e.type().equals(EventTypes.ABORTED))
                .mapToLong(JournalEvent::seq).min().orElseThrow();
        assertThat(events).as("an incident that is over takes no acknowledgement")
                .noneMatch(e -> e.type().equals(EventTypes.INJECT_ACKNOWLEDGED) && e.seq() > ended);
        for (InjectState fired : state.injects().stream().filter(i -> i.firedAt().isPresent()).toList()) {
            if (fired.inject().message() != null) {
                assertThat(run.out()).contains("INJECT " + fired.id() + " (T+");
                long firedAt = events.stream().filter(e -> e.type().equals(EventTypes.INJECT_FIRED)
                        && e.data().path("inject").asText().equals(fired.id())).mapToLong(JournalEvent::seq).findFirst().orElseThrow();
                if (firedAt < lastAnswer) {
                    assertThat(fired.acknowledgedBy()).as(fired.id()).contains("dana");
                } else {
                    assertThat(fired.acknowledgedBy()).as(fired.id() + " fired after the last question: the incident ended unacknowledged")
                            .isEmpty();
                }
            }
        }

        for (SuccessCriterion c : drill.successCriteria()) {
            assertThat(state.verdict(c.id())).as(c.id()).isPresent();
        }
        CriterionVerdict custom = state.verdict(customCriterion()).orElseThrow();
        assertThat(custom.verdict()).isEqualTo(Verdict.MET);
        assertThat(custom.actor()).isEqualTo("dana");
        assertThat(custom.evidence()).isEqualTo("apps reconnected within 30 s");
        assertThat(state.verdict("rto").orElseThrow().actor()).isEqualTo("journal");

        HotWash hotWash = state.hotWash().orElseThrow();
        assertThat(hotWash.wentWell()).containsExactly("the standby took over on its own");
        assertThat(hotWash.toImprove()).containsExactly("nobody watched the replica lag");
        assertThat(hotWash.actions()).singleElement().satisfies(a -> {
            assertThat(a.owner()).isEqualTo("erin");
            assertThat(a.due()).isEqualTo("2025-04-01");
        });
        assertThat(state.cleanupTicked()).containsExactlyInAnyOrderElementsOf(drill.cleanup().stream().map(i -> i.id()).toList());
        assertThat(state.closed()).isTrue();
        assertThat(run.out()).contains("Drill closed").contains("RTO ").contains("against a target of 5m");

        CliRun report = CliRun.of("report", journal.toString(), "--format", "md");
        assertThat(report.exitCode()).as(report.all()).isZero();
        assertThat(report.out()).as("the plan's own drill evaluation").contains("## Drill type")
                .contains("| RTO (impact to verified) | 5m |")
                .contains("the drill's own targets")
                .contains("apps reconnected within 30 s")
                .contains("- ✅ the standby took over on its own")
                .contains("- ⚠️ nobody watched the replica lag")
                .containsPattern("\\| page the DBA on call sooner \\| [^\\n]* \\| erin \\| 2025-04-01 \\|");
        for (InjectState i : state.injects()) {
            assertThat(report.out()).contains("| " + i.id() + " |");
        }
    }

    @Test
    void withAutoAndNoAnswersTheCustomCriteriaStayUndeterminedAndTheDrillIsClosedByAuto() throws Exception {
        Path journal = dir.resolve("drill.jsonl");

        CliRun run = Incidents.autoRun(journal, "--drill", DRILL);

        assertThat(run.exitCode()).as(run.all()).isZero();
        DrillState state = drillState(journal);
        CriterionVerdict custom = state.verdict(customCriterion()).orElseThrow();
        assertThat(custom.verdict()).isEqualTo(Verdict.UNDETERMINED);
        assertThat(custom.actor()).isEqualTo("autopilot");
        assertThat(state.hotWash()).isEmpty();
        assertThat(state.closed()).isTrue();
        assertThat(state.closingReason()).isEqualTo("closed by --auto");
        assertThat(Incidents.types(journal)).doesNotContain(EventTypes.HOT_WASH_RECORDED);
        assertThat(run.out()).contains("hot wash: none recorded").contains("Drill closed").contains("closed by --auto");
    }

    @Test
    void anUnknownDrillIsRefusedInWordsAndNothingOpens() {
        Path journal = dir.resolve("drill.jsonl");

        CliRun run = Incidents.autoRun(journal, "--drill", "no-such-drill");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("warroom: ").contains("no-such-drill");
        assertThat(journal).doesNotExist();
    }

    @Test
    void aDrillIsRefusedInLiveAndNothingOpens() {
        Path journal = dir.resolve("drill.jsonl");

        CliRun run = CliRun.of("run", Incidents.plan().toString(), "--mode", "live", "--drill", DRILL, "--journal", journal.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("warroom: ").containsIgnoringCase("live").contains("drill");
        assertThat(journal).doesNotExist();
    }

    @Test
    void aScenarioOtherThanTheDrillsIsRefused() {
        Path journal = dir.resolve("drill.jsonl");
        String other = plan().scenarios().stream().map(s -> s.id()).filter(id -> !id.equals(drill().scenario())).findFirst().orElseThrow();

        CliRun run = Incidents.autoRun(journal, "--drill", DRILL, "--scenario", other);

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("warroom: ").contains(other);
        assertThat(journal).doesNotExist();
    }

    @Test
    void plansListsEachDrillBesideTheScenariosWithItsCriteriaAndTheirOwnTargets() {
        CliRun run = CliRun.of("plans", Incidents.plan().toString(), "--lang", "en");

        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(run.out()).contains("  scenarios (--scenario ID):").contains("  drills (--drill ID):")
                .contains("    " + DRILL + ": Database Primary Failure Drill (component-failure, Q1, 2h, scenario db-primary-failure);"
                        + " participants: DBA Team, DevOps Team, Application Team; criteria: rto (at most 5m), rpo (at most 1m)");
        for (var scenario : plan().scenarios()) {
            assertThat(run.out()).contains("    " + scenario.id() + ": ");
        }
    }
}
