package dev.warroom.core.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a commander finds after a crash at the awkward moments. */
class ResumeTest {

    @TempDir
    static Path shared;

    @TempDir
    Path dir;

    private static List<String> lines;
    private static List<IncidentEvent> events;

    @BeforeAll
    static void runOneIncidentToTheEnd() throws Exception {
        Path file = shared.resolve("reference.jsonl");
        try (IncidentRig rig = IncidentRig.open(file)) {
            rig.driveToEnd(new Autopilot());
        }
        lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        events = IncidentRig.eventsIn(file);
    }

    /** The journal as a crash right after the first event matching {@code where} would leave it. */
    private Path crashedAfter(Predicate<IncidentEvent> where) throws Exception {
        int n = events.indexOf(events.stream().filter(where).findFirst().orElseThrow()) + 1;
        return Files.write(dir.resolve("crashed.jsonl"), lines.subList(0, n), StandardCharsets.UTF_8);
    }

    private static Predicate<IncidentEvent> is(String type, String field, String value) {
        return e -> e.type().equals(type) && e.text(field).equals(value);
    }

    @Test
    void aCrashBeforeTheTreeWasEnteredResumesAtTheScenariosEntry() throws Exception {
        try (IncidentRig rig = IncidentRig.resume(crashedAfter(e -> e.type().equals(EventTypes.FAULT_INJECTED)), "bob")) {
            assertThat(rig.incident.currentNode()).get().extracting(n -> n.id()).isEqualTo("region-failure-detected");
            assertThat(rig.incident.state().path()).singleElement().extracting(PathEntry::node).isEqualTo("region-failure-detected");
        }
    }

    @Test
    void anAnswerRecordedJustBeforeACrashIsFollowedNotAskedAgain() throws Exception {
        try (IncidentRig rig = IncidentRig.resume(crashedAfter(is(EventTypes.ANSWERED, "node", "auto-recovery-possible")), "bob")) {
            assertThat(rig.incident.currentNode()).get().extracting(n -> n.id()).isEqualTo("impact-scope");
            assertThat(rig.incident.state().path()).extracting(PathEntry::node)
                    .containsExactly("region-failure-detected", "auto-recovery-possible", "impact-scope");
            assertThat(rig.incident.state().path().get(1).answer()).contains("no");
            assertThat(rig.events().stream().filter(e -> e.type().equals(EventTypes.ANSWERED))).hasSize(2);
        }
    }

    @Test
    void aSignalThatHadHeldBeforeTheCrashStillCountsAfterIt() throws Exception {
        try (IncidentRig rig = IncidentRig.resume(crashedAfter(is(EventTypes.NODE_ENTERED, "node", "impact-scope")), "bob")) {
            SuggestedAnswer suggestion = rig.incident.suggestion().orElseThrow();

            assertThat(suggestion.answer()).isEqualTo("all");
            assertThat(suggestion.signal()).isEqualTo("eastus-all-down");
            assertThat(suggestion.evidence()).contains("held for 5m of 5m needed");
        }
    }

    @Test
    void aPromotionRunningAtTheCrashIsVerifiedByWatchingNotRunAgain() throws Exception {
        try (IncidentRig rig = IncidentRig.resume(crashedAfter(is(EventTypes.STEP_STARTED, "step", "promote-dr-db")), "bob")) {
            StepProposal unknown = rig.incident.proposal().orElseThrow();
            assertThat(unknown.step().id()).isEqualTo("promote-dr-db");
            assertThat(unknown.status()).isEqualTo(StepStatus.OUTCOME_UNKNOWN);
            assertThat(unknown.detail()).startsWith("outcome unknown — verify");

            StepOutcome outcome = rig.incident.verifyUnknownOutcome("bob", Progress.NONE);

            assertThat(outcome.status()).isEqualTo(StepStatus.SUCCEEDED);
            assertThat(outcome.detail()).startsWith("verified after resume by bob: ai-workflow-db-dr is primary — role primary");
            assertThat(rig.events().stream().filter(is(EventTypes.STEP_STARTED, "step", "promote-dr-db"))).hasSize(1);
            assertThat(rig.step("promote-dr-db").attempts()).isEqualTo(1);
        }
    }

    @Test
    void aConfirmationGivenJustBeforeTheCrashMustBeGivenAgain() throws Exception {
        try (IncidentRig rig = IncidentRig.resume(crashedAfter(is(EventTypes.STEP_CONFIRMED, "step", "switch-front-door")), "bob")) {
            StepProposal proposal = rig.incident.proposal().orElseThrow();

            assertThat(proposal.step().id()).isEqualTo("switch-front-door");
            assertThat(proposal.status()).isEqualTo(StepStatus.PROPOSED);
            assertThat(proposal.detail()).isEqualTo("confirmation lapsed with the crash: confirm again");
            assertThat(rig.step("switch-front-door").confirmedBy()).isEmpty();
        }
    }
}
