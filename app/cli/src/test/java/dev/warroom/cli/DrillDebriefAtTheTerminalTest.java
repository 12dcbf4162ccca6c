package dev.warroom.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.warroom.core.drill.CriterionVerdict;
import dev.warroom.core.drill.DrillState;
import dev.warroom.core.drill.HotWash;
import dev.warroom.core.drill.Rating;
import dev.warroom.core.drill.Verdict;
import dev.warroom.core.incident.IncidentFold;
import dev.warroom.core.plan.model.CriterionMetric;
import dev.warroom.core.plan.model.Drill;
import dev.warroom.core.plan.model.DrillObjective;
import dev.warroom.core.plan.model.Plan;
import dev.warroom.core.plan.model.SuccessCriterion;
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

    @Test
    void theFacilitatorIsAskedForTheCustomVerdictAndTheHotWash() throws Exception {
        Plan plan = DrillRunTest.plan();
        Drill drill = DrillRunTest.drill();
        String custom = drill.successCriteria().stream().filter(c -> c.metric() == CriterionMetric.CUSTOM).findFirst().orElseThrow().id();
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
        Path answers = Files.write(dir.resolve("answers.yaml"), script, StandardCharsets.UTF_8);
        List<String> typed = new ArrayList<>(List.of("m", "apps reconnected within 30 s", "the standby took over on its own", "",
                "nobody watched the replica lag", "", "page the DBA on call sooner", "erin", "2025-04-01", ""));
        List<DrillObjective> objectives = drill.objectives();
        for (int i = 0; i < objectives.size(); i++) {
            typed.add(i == 0 ? "S" : "");
        }
        Path journal = dir.resolve("drill.jsonl");

        CliRun run = assertTimeoutPreemptively(Duration.ofSeconds(120), () -> StandardInput.typing(String.join("\n", typed) + "\n",
                () -> CliRun.of("run", Incidents.plan().toString(), "--mode", "tabletop", "--drill", DrillRunTest.DRILL, "--journal",
                        journal.toString(), "--seed", Incidents.SEED, "--speed", "60", "--answers", answers.toString(), "--lang", "en")));

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
}
