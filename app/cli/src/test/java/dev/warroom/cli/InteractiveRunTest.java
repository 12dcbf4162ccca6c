package dev.warroom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warroom.core.incident.EventTypes;
import dev.warroom.core.journal.JournalEvent;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A person at the terminal: questions and confirmations are asked; when the terminal goes away the incident waits in its journal. */
class InteractiveRunTest {

    @TempDir
    Path dir;

    private CliRun interactive(Path journal, String typed) throws Exception {
        return StandardInput.typing(typed, () -> CliRun.of("run", Incidents.plan().toString(), "--mode", "tabletop", "--journal",
                journal.toString(), "--seed", Incidents.SEED, "--actor", "alice",
                "--lang", "zh-TW"));
    }

    @Test
    void whenStandardInputClosesTheRunStopsWithExitFourAndSaysHowToResume() throws Exception {
        Path journal = dir.resolve("incident.jsonl");

        CliRun run = interactive(journal, "");

        assertThat(run.exitCode()).isEqualTo(4);
        assertThat(run.out()).contains("? 區域故障已確認? (< 5 min)");
        assertThat(run.err()).contains("standard input closed while waiting for an answer; the incident is saved — carry on with: warroom resume "
                + journal);
        assertThat(Incidents.types(journal)).doesNotContain(EventTypes.ANSWERED, EventTypes.RESOLVED, EventTypes.ABORTED);
        assertThat(CliRun.of("verify", journal.toString()).exitCode()).isZero();
    }

    @Test
    void typedAnswersAreRecordedUnderTheCommandersNameAndAWrongTargetNameConfirmsNothing() throws Exception {
        Path journal = dir.resolve("incident.jsonl");
        String typed = String.join("\n", "", "2", "2", "y", "y", "y", "y", "db-dr", "");

        CliRun run = interactive(journal, typed);

        assertThat(run.exitCode()).isEqualTo(4);
        assertThat(run.out()).contains("DESTRUCTIVE. Type the name of what it changes, 'ai-workflow-db-dr', to confirm")
                .contains("type the target name 'ai-workflow-db-dr' exactly to confirm (you typed 'db-dr')");
        List<JournalEvent> events = Incidents.events(journal);
        assertThat(events).filteredOn(e -> e.type().equals(EventTypes.ANSWERED)).extracting(e -> e.data().path("answer").asText())
                .containsExactly("confirmed", "no", "all");
        assertThat(events).filteredOn(e -> e.type().equals(EventTypes.STEP_CONFIRMED))
                .extracting(e -> e.data().path("step").asText() + " by " + e.actor())
                .containsExactly("authorize by alice", "notify-team by alice", "use-dr-cluster by alice", "check-replica-lag by alice");
        assertThat(events).filteredOn(e -> e.type().equals(EventTypes.STEP_STARTED)).extracting(e -> e.data().path("step").asText())
                .containsExactly("authorize", "notify-team", "use-dr-cluster", "check-replica-lag");
    }
}
