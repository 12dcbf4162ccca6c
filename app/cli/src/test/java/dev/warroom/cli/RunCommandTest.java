package dev.warroom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warroom.core.incident.EventTypes;
import dev.warroom.core.journal.JournalEvent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code warroom run}: the modes, the autopilot's limits, and what it refuses before touching anything. */
class RunCommandTest {

    @TempDir
    Path dir;

    @Test
    void anAutopilotTabletopRunResolvesAndLeavesAJournalThatVerifies() throws Exception {
        Path journal = dir.resolve("incident.jsonl");

        CliRun run = Incidents.autoRun(journal, "--scenario", "region-failure", "--lang", "en");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("WarRoom TABLETOP — AI Workflow Platform — Scenario 4: Azure region failure (East US)")
                .contains("Incident resolved — Services are running in the DR site")
                .containsPattern("RTO \\S+ against a target of 1h30m — met")
                .containsPattern("RPO \\S+ against a target of 15m — met");
        List<JournalEvent> events = Incidents.events(journal);
        assertThat(events.get(0).type()).isEqualTo(EventTypes.OPENED);
        assertThat(events.get(0).data().path("mode").asText()).isEqualTo("tabletop");
        assertThat(events.get(0).data().path("worldSettings").path("seed").asText()).isEqualTo(Incidents.SEED);
        assertThat(events.get(events.size() - 1).type()).isEqualTo(EventTypes.RESOLVED);
        CliRun verify = CliRun.of("verify", journal.toString());
        assertThat(verify.exitCode()).isZero();
        assertThat(verify.out()).contains("ok: " + events.size() + " events, chain intact");
    }

    @Test
    void withoutAScenarioATabletopPlaysThePlansFailoverScenarioAndSaysSo() throws Exception {
        Path journal = dir.resolve("incident.jsonl");

        CliRun run = Incidents.autoRun(journal);

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("No --scenario given: playing 'region-failure'");
        assertThat(Incidents.events(journal).get(0).data().path("scenario").asText()).isEqualTo("region-failure");
    }

    @Test
    void theAutopilotIsRefusedInLiveModeBeforeAnythingHappens() {
        Path journal = dir.resolve("incident.jsonl");

        CliRun run = CliRun.of("run", Incidents.plan().toString(), "--mode", "live", "--auto", "--journal", journal.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("refused: --auto never runs in LIVE mode; every live step is confirmed by a person");
        assertThat(journal).doesNotExist();
    }

    @Test
    void anUnknownModeIsNamed() {
        CliRun run = CliRun.of("run", Incidents.plan().toString(), "--mode", "rehearsal", "--journal", dir.resolve("j.jsonl").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--mode must be tabletop, drill or live (got 'rehearsal')");
    }

    @Test
    void anUnknownScenarioIsRefusedWithTheScenariosThePlanHas() {
        Path journal = dir.resolve("incident.jsonl");

        CliRun run = Incidents.autoRun(journal, "--scenario", "meteor-strike");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("no scenario 'meteor-strike' in " + Incidents.plan() + "; the plan has: pod-crash, db-primary-failure,"
                + " az-failure, region-failure, data-corruption, security-incident, node-failure, network-partition, human-error");
        assertThat(journal).doesNotExist();
    }

    @Test
    void aJournalThatAlreadyHoldsAnIncidentIsNeverOverwritten() throws Exception {
        Path journal = dir.resolve("incident.jsonl");
        assertThat(Incidents.autoRun(journal).exitCode()).isZero();
        byte[] before = Files.readAllBytes(journal);

        CliRun again = Incidents.autoRun(journal);

        assertThat(again.exitCode()).isEqualTo(2);
        assertThat(again.err()).contains(journal + " already holds an incident (" + before.length + " bytes); resume it, or choose a new"
                + " file; to resume it: warroom resume " + journal);
        assertThat(Files.readAllBytes(journal)).isEqualTo(before);
    }

    @Test
    void aPlanThatDoesNotValidateIsNotRun() throws Exception {
        Path plan = Files.writeString(dir.resolve("broken.yaml"), "formatVersion: 1\nid: Not Kebab\n", StandardCharsets.UTF_8);
        Path journal = dir.resolve("incident.jsonl");

        CliRun run = CliRun.of("run", plan.toString(), "--mode", "tabletop", "--auto", "--journal", journal.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains(plan + " does not validate; fix it first");
        assertThat(journal).doesNotExist();
    }
}
