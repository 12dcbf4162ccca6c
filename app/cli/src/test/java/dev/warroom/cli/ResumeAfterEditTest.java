package dev.warroom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warroom.core.incident.EventTypes;
import dev.warroom.core.incident.JournalEventSink;
import dev.warroom.core.incident.ResumeChecks;
import dev.warroom.core.journal.JournalEvent;
import dev.warroom.core.journal.JournalVerifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The attack: a crash while a database promotion runs, the plan file edited before the resume (the step
 * renamed), then {@code resume --auto} from another folder. The resume runs the plan the incident ran,
 * says the file differs, verifies the promotion instead of forgetting it, and never promotes twice.
 * The resume is the real command line in a JVM of its own.
 */
class ResumeAfterEditTest {

    @TempDir
    Path dir;

    @Test
    void aPlanEditedAfterACrashMidPromotionIsReportedAndThePromotionIsVerifiedNotRunAgain() throws Exception {
        Path plan = Files.copy(Incidents.plan(), dir.resolve("ai-workflow.yaml"));
        Path full = dir.resolve("full.jsonl");
        CliRun ran = CliRun.of("run", plan.toString(), "--mode", "tabletop", "--auto", "--journal", full.toString(), "--seed",
                Incidents.SEED, "--scenario", "region-failure");
        assertThat(ran.exitCode()).as(ran.err()).isZero();
        List<JournalEvent> events = Incidents.events(full);
        int promotion = firstPromotionStarted(events);
        String step = events.get(promotion).data().path("step").asText();
        List<String> lines = Files.readAllLines(full, StandardCharsets.UTF_8);
        Path crashed = Files.write(dir.resolve("crashed.jsonl"), lines.subList(0, promotion + 1), StandardCharsets.UTF_8);
        String original = Files.readString(plan, StandardCharsets.UTF_8);
        String edited = original.replaceFirst("(?m)^(\\s*- id: )" + step + "$", "$1" + step + "-renamed");
        assertThat(edited).as("the step is renamed in the file").isNotEqualTo(original);
        Files.writeString(plan, edited, StandardCharsets.UTF_8);
        Path elsewhere = Files.createDirectory(dir.resolve("elsewhere"));

        CliProcess.Ran resumed = new CliProcess(elsewhere, Map.of()).run(3, "resume", crashed.toString(), "--auto");

        assertThat(resumed.exitCode()).as(resumed.output()).isZero();
        assertThat(resumed.output()).contains(plan + " is not the plan this incident runs").contains("Incident resolved");
        List<JournalEvent> after = Incidents.events(crashed);
        assertThat(after.stream().filter(e -> EventTypes.STEP_STARTED.equals(e.type()) && step.equals(e.data().path("step").asText())))
                .as("the promotion started once, before the crash").hasSize(1);
        assertThat(after.stream().filter(e -> EventTypes.STEP_SUCCEEDED.equals(e.type()) && step.equals(e.data().path("step").asText())))
                .as("and is verified after the resume").singleElement()
                .satisfies(e -> assertThat(e.data().path("detail").asText()).contains("verified after resume"));
        assertThat(after).noneMatch(e -> (step + "-renamed").equals(e.data().path("step").asText()));
        assertThat(ResumeChecks.violations(after.stream().map(JournalEventSink::toIncidentEvent).toList())).isEmpty();
        assertThat(JournalVerifier.verify(crashed).ok()).isTrue();
    }

    private static int firstPromotionStarted(List<JournalEvent> events) {
        for (int i = 0; i < events.size(); i++) {
            JournalEvent e = events.get(i);
            if (EventTypes.STEP_STARTED.equals(e.type()) && "database.promote".equals(e.data().path("kind").asText())) {
                return i;
            }
        }
        throw new AssertionError("the run promoted no database");
    }
}
