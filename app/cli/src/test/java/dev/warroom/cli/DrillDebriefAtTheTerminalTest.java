package dev.warroom.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.warroom.core.drill.CriterionVerdict;
import dev.warroom.core.drill.DrillState;
import dev.warroom.core.drill.HotWash;
import dev.warroom.core.drill.Rating;
import dev.warroom.core.drill.Verdict;
import dev.warroom.core.incident.IncidentFold;
import dev.warroom.core.plan.model.Drill;
import dev.warroom.core.plan.model.DrillObjective;
import dev.warroom.core.plan.model.Plan;
import dev.warroom.core.plan.model.SuccessCriterion;
import dev.warroom.core.plan.model.TriggerEvent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The end of a drill with the facilitator at the terminal: the incident's own answers come from a file, and
 * what the file leaves out of the end (the custom verdict, the hot wash) is asked and typed.
 */
class DrillDebriefAtTheTerminalTest {

    @TempDir
    Path dir;

    /** The incident's own answers, and every verdict but the custom criterion's: the rest of the end is left to the terminal. */
    private Path incidentAnswers() throws Exception {
        Plan plan = DrillRunTest.plan();
        Drill drill = DrillRunTest.drill();
        String custom = DrillRunTest.customCriterion();
        List<String> script = new ArrayList<>(List.of("actor: dana", "answers: {db-recovered: \"yes\"}", "confirm:"));
        plan.procedures().stream().filter(p -> p.id().equals("db-primary-failure")).findFirst().orElseThrow().steps()
                .forEach(s -> script.add("  " + s.id() + ": \"yes\""));
        script.addAll(List.of("check: {verify-consistency: \"yes: row counts match on both sides\"}", "verdicts:"));
        for (SuccessCriterion c : drill.successCriteria()) {
            if (!c.id().equals(custom)) {
                script.add("  " + c.id() + ": \"undetermined: not looked at\"");
            }
        }
        script.add("cleanup: {tick: all}");
        return Files.write(dir.resolve("answers.yaml"), script, StandardCharsets.UTF_8);
    }

    private CliRun drillAtTheTerminal(Path journal, List<String> typed) throws Exception {
        Path answers = incidentAnswers();
        return assertTimeoutPreemptively(Duration.ofSeconds(120), () -> StandardInput.typing(
                typed.isEmpty() ? "" : String.join("\n", typed) + "\n",
                () -> CliRun.of("run", Incidents.plan().toString(), "--mode", "tabletop", "--drill", DrillRunTest.DRILL, "--journal",
                        journal.toString(), "--seed", Incidents.SEED, "--speed", "60", "--answers", answers.toString(), "--lang", "en")));
    }

    @Test
    void theFacilitatorIsAskedForTheCustomVerdictAndTheHotWash() throws Exception {
        Plan plan = DrillRunTest.plan();
        Drill drill = DrillRunTest.drill();
        String custom = DrillRunTest.customCriterion();
        List<String> typed = new ArrayList<>(List.of("m", "apps reconnected within 30 s", "the standby took over on its own", "",
                "nobody watched the replica lag", "", "page the DBA on call sooner", "erin", "2025-04-01", ""));
        List<DrillObjective> objectives = drill.objectives();
        for (int i = 0; i < objectives.size(); i++) {
            typed.add(i == 0 ? "S" : "");
        }
        Path journal = dir.resolve("drill.jsonl");

        CliRun run = drillAtTheTerminal(journal, typed);

        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(run.out()).contains("? Applications recover on their own (" + custom + ")")
                .contains("met, not met or undetermined [m/n/u]: ")
                .contains("Hot wash (one entry a line; an empty line ends each list)")
                .contains("Drill closed");
        DrillState state = IncidentFold.fold(plan, Incidents.incidentEvents(journal)).drill().orElseThrow();
        CriterionVerdict verdict = state.verdict(custom).orElseThrow();
        assertThat(verdict.verdict()).isEqualTo(Verdict.MET);
        assertThat(verdict.actor()).isEqualTo("dana");
        assertThat(verdict.evidence()).isEqualTo("apps reconnected within 30 s");
        HotWash hotWash = state.hotWash().orElseThrow();
        assertThat(hotWash.wentWell()).containsExactly("the standby took over on its own");
        assertThat(hotWash.toImprove()).containsExactly("nobody watched the replica lag");
        assertThat(hotWash.actions()).singleElement().satisfies(a -> assertThat(a.text() + " / " + a.owner() + " / " + a.due())
                .isEqualTo("page the DBA on call sooner / erin / 2025-04-01"));
        if (!objectives.isEmpty()) {
            assertThat(hotWash.ratings()).containsExactly(java.util.Map.entry(objectives.get(0).id(), Rating.S));
        }
        assertThat(state.closed()).isTrue();
    }

    @Test
    void whenTheTerminalGoesAwayDuringTheEndResumeClosesTheDrill() throws Exception {
        Path journal = dir.resolve("drill.jsonl");

        CliRun stopped = drillAtTheTerminal(journal, List.of());

        assertThat(stopped.exitCode()).as(stopped.all()).isEqualTo(ExitCodes.STOPPED);
        assertThat(stopped.err()).contains("carry on with: warroom resume " + journal);
        DrillState open = IncidentFold.fold(DrillRunTest.plan(), Incidents.incidentEvents(journal)).drill().orElseThrow();
        assertThat(open.closed()).isFalse();
        assertThat(open.verdict(DrillRunTest.customCriterion())).isEmpty();

        CliRun resumed = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> CliRun.of("resume", journal.toString(), "--auto"));

        assertThat(resumed.exitCode()).as(resumed.all()).isZero();
        DrillState closed = IncidentFold.fold(DrillRunTest.plan(), Incidents.incidentEvents(journal)).drill().orElseThrow();
        assertThat(closed.verdict(DrillRunTest.customCriterion()).orElseThrow().verdict()).isEqualTo(Verdict.UNDETERMINED);
        assertThat(closed.closed()).isTrue();
        assertThat(closed.closingReason()).isEqualTo("closed by --auto");
        assertThat(CliRun.of("verify", journal.toString()).exitCode()).isZero();
    }

    @Test
    void atTheTerminalTheTeamAcknowledgesAFiredInjectBeforeTheNextQuestion() throws Exception {
        Path journal = dir.resolve("drill.jsonl");
        Drill drill = DrillRunTest.drill();
        String first = drill.injects().stream().filter(i -> i.on() != null && i.on().event() == TriggerEvent.STEP_SUCCEEDED
                && "confirm-failure".equals(i.on().step()) && i.after() == null).findFirst().orElseThrow().id();

        CliRun run = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> StandardInput.typing("y\nbob\n",
                () -> CliRun.of("run", Incidents.plan().toString(), "--mode", "tabletop", "--drill", DrillRunTest.DRILL, "--journal",
                        journal.toString(), "--seed", Incidents.SEED, "--actor", "alice", "--lang", "en")));

        assertThat(run.exitCode()).as(run.all()).isEqualTo(ExitCodes.STOPPED);
        assertThat(run.out()).contains("INJECT " + first + " (T+")
                .contains("Acknowledge inject " + first + ": Enter as alice, or type who acknowledges: ");
        DrillState state = IncidentFold.fold(DrillRunTest.plan(), Incidents.incidentEvents(journal)).drill().orElseThrow();
        assertThat(state.inject(first).orElseThrow().acknowledgedBy()).contains("bob");
    }
}
