package dev.warroom.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warroom.core.incident.EventTypes;
import dev.warroom.core.incident.IncidentEvent;
import dev.warroom.core.incident.JournalEventSink;
import dev.warroom.core.incident.Mode;
import dev.warroom.core.incident.PinnedPlan;
import dev.warroom.core.incident.StepProposal;
import dev.warroom.core.incident.StepStatus;
import dev.warroom.core.journal.JournalReader;
import dev.warroom.core.plan.PlanDigest;
import dev.warroom.core.plan.model.Step;
import dev.warroom.core.plan.validate.PlanValidation;
import dev.warroom.core.tabletop.TabletopRuntime;
import dev.warroom.core.time.VirtualClock;
import dev.warroom.service.table.RequestTable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An incident keeps the exact plan it opened with: a plan file edited between a crash and the resume is
 * reported and never used, a step confirmed before the crash is still the step in flight afterwards, and
 * going on under another plan is an explicit adoption that every in-flight outcome must survive.
 */
class PlanKeptInTheJournalTest {

    @TempDir
    Path dir;
    private final IncidentService service = new IncidentService();
    private Path plan;
    private Path journal;
    private String original;

    @BeforeEach
    void copyThePlan() throws Exception {
        plan = dir.resolve("ai-workflow.yaml");
        original = Files.readString(RequestTable.plan(), StandardCharsets.UTF_8);
        Files.writeString(plan, original, StandardCharsets.UTF_8);
        journal = dir.resolve("incident.jsonl");
    }

    @Test
    void aStepRenamedInThePlanFileAfterTheCrashIsStillTheStepInFlightAndTheChangeIsReported() throws Exception {
        String[] inFlight = confirmAnActionStepAndCrash();
        renameStep(inFlight[1]);

        try (PreparedResume resumed = service.prepareResume(ResumeRequest.of(journal, "bob", ClockChoice.virtualTime()))) {
            assertThat(stepIds(resumed, inFlight[0])).as("the plan the incident ran, from the journal").contains(inFlight[1]);
            assertThat(resumed.warnings()).anyMatch(w -> w.contains(plan + " is not the plan this incident runs")
                    && w.contains("--adopt-plan " + plan));
            try (IncidentHandle handle = service.resume(resumed)) {
                StepProposal step = handle.commands().propose().get(10, TimeUnit.SECONDS).orElseThrow();
                assertThat(step.step().id()).as("the step in flight, not the renamed one").isEqualTo(inFlight[1]);
                assertThat(step.status()).as("a confirmation given before a crash is asked again").isEqualTo(StepStatus.PROPOSED);
            }
        }
    }

    @Test
    void adoptingAPlanInWhichTheStepInFlightIsMissingIsRefusedAndChangesNothing() throws Exception {
        String[] inFlight = confirmAnActionStepAndCrash();
        renameStep(inFlight[1]);
        long before = Files.size(journal);

        assertThatThrownBy(() -> service.prepareResume(adopting(plan))).isInstanceOfSatisfying(RequestRefusedException.class, refused -> {
            assertThat(refused.getMessage()).contains("cannot adopt " + plan);
            assertThat(refused.details()).contains("step '" + inFlight[0] + "/" + inFlight[1] + "' (confirmed) is not in the new plan");
        });
        assertThat(Files.size(journal)).as("nothing journalled").isEqualTo(before);
    }

    @Test
    void aCompatiblePlanIsAdoptedExplicitlyJournalledAndKeptForLaterResumes() throws Exception {
        String[] inFlight = confirmAnActionStepAndCrash();
        Files.writeString(plan, original + "\n# reviewed during the incident\n", StandardCharsets.UTF_8);
        String adoptedDigest = PlanDigest.sha256(plan);

        try (PreparedResume resumed = service.prepareResume(adopting(plan))) {
            assertThat(resumed.adoptsPlan()).isTrue();
            try (IncidentHandle handle = service.resume(resumed)) {
                assertThat(handle.commands().propose().get(10, TimeUnit.SECONDS).orElseThrow().step().id()).isEqualTo(inFlight[1]);
            }
        }
        List<IncidentEvent> events = events();
        IncidentEvent adopted = events.stream().filter(e -> EventTypes.PLAN_ADOPTED.equals(e.type())).findFirst().orElseThrow();
        assertThat(adopted.actor()).isEqualTo("bob");
        assertThat(adopted.text("planSha256")).isEqualTo(adoptedDigest);
        assertThat(PinnedPlan.latest(events).orElseThrow()).satisfies(p -> {
            assertThat(p.adopted()).isTrue();
            assertThat(p.exact()).isTrue();
        });

        try (PreparedResume again = service.prepareResume(ResumeRequest.of(journal, "bob", ClockChoice.virtualTime()))) {
            assertThat(again.warnings()).as("the file is the adopted plan").isEmpty();
            assertThat(stepIds(again, inFlight[0])).contains(inFlight[1]);
        }
    }

    @Test
    void aJournalWrittenBeforePlansWereKeptResumesWithTheFileAndSaysSo() throws Exception {
        var checked = new PlanValidation().validate(plan);
        TabletopRuntime.open(new TabletopRuntime.Tabletop(checked.plan().orElseThrow(), plan.toString(), PlanDigest.sha256(plan),
                Optional.empty(), journal, new VirtualClock(Instant.parse("2026-01-01T00:00:00Z")), 7, Duration.ZERO, false, "alice",
                "an older journal"), e -> { }).close();
        assertThat(PinnedPlan.latest(events()).orElseThrow().text()).isEmpty();

        try (PreparedResume resumed = service.prepareResume(ResumeRequest.of(journal, "bob", ClockChoice.virtualTime()))) {
            assertThat(resumed.warnings()).anyMatch(w -> w.contains("written before WarRoom kept the plan in the journal"));
        }
    }

    /** Opens the plan copy, goes to the first action step, confirms it and lets go, as a crash before it ran would. Procedure and step ids. */
    private String[] confirmAnActionStepAndCrash() throws Exception {
        try (IncidentHandle handle = service.open(service.prepareOpen(OpenRequest.of(plan, Mode.TABLETOP, Optional.of("region-failure"),
                journal, "alice", ClockChoice.virtualTime()).withSeed(42)))) {
            StepProposal step = Seam.untilAnActionStepIsUp(handle);
            handle.commands().confirm(step.step().id(), step.typedConfirmation().orElse("")).get(10, TimeUnit.SECONDS);
            return new String[] {step.procedureId(), step.step().id()};
        }
    }

    private void renameStep(String stepId) throws Exception {
        String edited = original.replaceFirst("(?m)^(\\s*- id: )" + stepId + "$", "$1" + stepId + "-renamed");
        assertThat(edited).as("the step is renamed in the file").isNotEqualTo(original);
        Files.writeString(plan, edited, StandardCharsets.UTF_8);
    }

    private ResumeRequest adopting(Path file) {
        return new ResumeRequest(journal, Optional.empty(), "bob", ClockChoice.virtualTime(), false, Optional.of(file));
    }

    private static List<String> stepIds(PreparedResume resumed, String procedure) {
        return resumed.plan().procedures().stream().filter(p -> p.id().equals(procedure)).flatMap(p -> p.steps().stream())
                .map(Step::id).toList();
    }

    private List<IncidentEvent> events() throws Exception {
        return JournalReader.read(journal).events().stream().map(JournalEventSink::toIncidentEvent).toList();
    }
}
