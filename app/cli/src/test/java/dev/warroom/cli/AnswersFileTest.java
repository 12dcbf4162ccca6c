package dev.warroom.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.warroom.core.incident.EventTypes;
import dev.warroom.core.journal.JournalEvent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --answers FILE}: scripted decisions, confirmations and skips, recorded as the script's commander; the rest is asked. */
class AnswersFileTest {

    @TempDir
    Path dir;

    private Path script(String... lines) throws Exception {
        return Files.write(dir.resolve("answers.yaml"), List.of(lines), StandardCharsets.UTF_8);
    }

    private static List<JournalEvent> ofType(Path journal, String type) throws Exception {
        return Incidents.events(journal).stream().filter(e -> e.type().equals(type)).toList();
    }

    private static CliRun personAtAClosedTerminal(Path journal, Path answers) throws Exception {
        return StandardInput.typing("", () -> CliRun.of("run", Incidents.plan().toString(), "--mode", "tabletop", "--journal",
                journal.toString(), "--seed", Incidents.SEED, "--answers", answers.toString(),
                "--lang", "zh-TW"));
    }

    @Test
    void theScriptsAnswersConfirmationsAndSkipsAreRecordedUnderItsActor() throws Exception {
        Path answers = script(
                "actor: dana",
                "answers:",
                "  region-failure-detected: confirmed",
                "  auto-recovery-possible: \"yes\"",
                "  impact-scope: all",
                "confirm:",
                "  notify-team: \"skip: the team is already on the bridge\"",
                "  promote-dr-db: ai-workflow-db-dr");
        Path journal = dir.resolve("incident.jsonl");

        CliRun run = Incidents.autoRun(journal, "--answers", answers.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        List<JournalEvent> answered = ofType(journal, EventTypes.ANSWERED);
        assertThat(answered).extracting(e -> e.data().path("node").asText() + "=" + e.data().path("answer").asText() + " by " + e.actor())
                .containsExactly("region-failure-detected=confirmed by dana", "auto-recovery-possible=yes by dana", "impact-scope=all by dana");
        assertThat(answered.get(1).data().path("suggested").asText()).isEqualTo("no");
        assertThat(ofType(journal, EventTypes.REASSESS_ENDED)).singleElement().satisfies(e -> {
            assertThat(e.data().path("node").asText()).isEqualTo("wait-auto-recovery");
            assertThat(e.data().path("exit").asText()).isEqualTo("limit");
            assertThat(e.data().path("next").asText()).isEqualTo("impact-scope");
        });
        assertThat(ofType(journal, EventTypes.STEP_SKIPPED)).singleElement().satisfies(e -> {
            assertThat(e.actor()).isEqualTo("dana");
            assertThat(e.data().path("step").asText()).isEqualTo("notify-team");
            assertThat(e.data().path("reason").asText()).isEqualTo("the team is already on the bridge");
        });
        assertThat(ofType(journal, EventTypes.STEP_CONFIRMED)).filteredOn(e -> e.data().path("step").asText().equals("promote-dr-db"))
                .singleElement().satisfies(e -> {
                    assertThat(e.actor()).isEqualTo("dana");
                    assertThat(e.data().path("typed").asText()).isEqualTo("ai-workflow-db-dr");
                });
    }

    @Test
    void whatTheScriptDoesNotSayIsAskedAtTheTerminal() throws Exception {
        Path answers = script("actor: dana", "answers:", "  region-failure-detected: confirmed");
        Path journal = dir.resolve("incident.jsonl");

        CliRun run = personAtAClosedTerminal(journal, answers);

        assertThat(run.exitCode()).isEqualTo(4);
        assertThat(run.out()).contains("? 自動恢復可能?");
        assertThat(run.err()).contains("carry on with: warroom resume " + journal);
        assertThat(ofType(journal, EventTypes.ANSWERED)).singleElement().extracting(JournalEvent::actor).isEqualTo("dana");
    }

    @Test
    void aScriptedWrongTargetNameIsRefusedOnceAndThenAskedAtTheTerminal() throws Exception {
        Path answers = script(
                "answers: {region-failure-detected: confirmed, auto-recovery-possible: \"no\", impact-scope: all}",
                "confirm: {authorize: \"yes\", notify-team: \"yes\", use-dr-cluster: \"yes\", check-replica-lag: \"yes\",",
                "  promote-dr-db: ai-workflow-db-prod}");
        Path journal = dir.resolve("incident.jsonl");

        CliRun run = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> personAtAClosedTerminal(journal, answers));

        assertThat(run.exitCode()).isEqualTo(4);
        assertThat(run.out()).containsOnlyOnce("type the target name 'ai-workflow-db-dr' exactly to confirm (you typed 'ai-workflow-db-prod')")
                .contains("DESTRUCTIVE. Type the name of what it changes, 'ai-workflow-db-dr', to confirm");
        assertThat(ofType(journal, EventTypes.STEP_CONFIRMED)).extracting(e -> e.data().path("step").asText())
                .containsExactly("authorize", "notify-team", "use-dr-cluster", "check-replica-lag");
    }

    @Test
    void aScriptedRetryIsGivenAsOftenAsItSaysThenTheTerminalDecides() throws Exception {
        String loopback = Files.readString(LoopbackPlans.write(dir, "http://127.0.0.1:9/health", "http://127.0.0.1:9/standby", "UNSET"));
        Path plan = Files.writeString(dir.resolve("sick-standby.yaml"), loopback + String.join("\n",
                "scenarios:",
                "  - id: standby-sick",
                "    title: 備援站不健康",
                "    type: health",
                "    faults: [{fault: health-failing, target: api-standby}]", ""), StandardCharsets.UTF_8);
        Path journal = dir.resolve("incident.jsonl");
        Path answers = script("confirm: {check-standby: \"yes\"}", "onFailure: {check-standby: \"retry 2\"}");

        CliRun run = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> StandardInput.typing("", () -> CliRun.of("run", plan.toString(),
                "--mode", "tabletop", "--scenario", "standby-sick", "--journal", journal.toString(), "--answers", answers.toString())));

        assertThat(ofType(journal, EventTypes.STEP_FAILED)).as(run.all()).hasSize(3)
                .allSatisfy(e -> assertThat(e.data().path("step").asText()).isEqualTo("check-standby"));
        assertThat(run.out()).contains("check-standby");
        assertThat(run.exitCode()).as("the person at the (closed) terminal was asked after the scripted retries").isEqualTo(4);
    }

    @Test
    void aMissingOrBrokenAnswersFileIsRefusedBeforeTheIncidentOpens() throws Exception {
        Path journal = dir.resolve("incident.jsonl");
        Path missing = dir.resolve("nowhere.yaml");
        Path broken = Files.writeString(dir.resolve("broken.yaml"), "answers: {region-failure-detected: confirmed\n", StandardCharsets.UTF_8);

        CliRun noFile = Incidents.autoRun(journal, "--answers", missing.toString());
        CliRun badYaml = Incidents.autoRun(journal, "--answers", broken.toString());

        assertThat(noFile.exitCode()).isEqualTo(2);
        assertThat(noFile.err()).contains("warroom: --answers: " + missing + ": no such file");
        assertThat(badYaml.exitCode()).isEqualTo(2);
        assertThat(badYaml.err()).containsPattern("warroom: --answers: " + java.util.regex.Pattern.quote(broken.toString()) + ":\\d+:\\d+: ")
                .doesNotContain("Exception");
        assertThat(journal).doesNotExist();
    }
}
