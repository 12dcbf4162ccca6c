package dev.warroom.core.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commander answers the tree; what the live signals suggested, and why, is recorded beside each answer. */
class DecisionPathTest {

    @TempDir
    Path dir;

    /** Watches the world until the current question has a suggestion, as the driver does. */
    private static SuggestedAnswer awaitSuggestion(IncidentRig rig) throws Exception {
        for (int i = 0; i < 100; i++) {
            rig.incident.observe();
            Optional<SuggestedAnswer> suggestion = rig.incident.suggestion();
            if (suggestion.isPresent()) {
                return suggestion.get();
            }
            rig.incident.sleep(Duration.ofSeconds(15));
        }
        throw new AssertionError("no suggestion for " + rig.incident.currentNode().orElseThrow().id());
    }

    @Test
    void theModeIsFixedWhenTheIncidentOpensAndRecorded() throws Exception {
        try (IncidentRig rig = IncidentRig.open(dir.resolve("journal.jsonl"))) {
            IncidentEvent opened = rig.events().get(0);

            assertThat(opened.type()).isEqualTo(EventTypes.OPENED);
            assertThat(opened.text("mode")).isEqualTo("tabletop");
            assertThat(opened.text("scenario")).isEqualTo("region-failure");
            assertThat(rig.incident.state().mode()).isEqualTo(Mode.TABLETOP);
            assertThat(rig.incident.mode()).isEqualTo(Mode.TABLETOP);
            assertThat(rig.incident.currentNode()).get().extracting(n -> n.id()).isEqualTo("region-failure-detected");
        }
    }

    @Test
    void theSuggestionAndItsEvidenceAreRecordedBesideTheCommandersAnswer() throws Exception {
        try (IncidentRig rig = IncidentRig.open(dir.resolve("journal.jsonl"))) {
            SuggestedAnswer suggestion = awaitSuggestion(rig);
            assertThat(suggestion.node()).isEqualTo("region-failure-detected");
            assertThat(suggestion.answer()).isEqualTo("confirmed");
            assertThat(suggestion.evidence()).isNotEmpty();

            rig.incident.answer("confirmed", "alice");

            List<IncidentEvent> events = rig.events();
            IncidentEvent answered = events.stream().filter(e -> e.type().equals(EventTypes.ANSWERED)).findFirst().orElseThrow();
            IncidentEvent suggested = events.stream().filter(e -> e.type().equals(EventTypes.SUGGESTED)).findFirst().orElseThrow();
            assertThat(suggested.seq()).isLessThan(answered.seq());
            assertThat(suggested.text("signal")).isEqualTo(suggestion.signal());
            assertThat(answered.actor()).isEqualTo("alice");
            assertThat(answered.text("answer")).isEqualTo("confirmed");
            assertThat(answered.text("suggested")).isEqualTo("confirmed");
            assertThat(answered.data().path("evidence")).extracting(n -> n.asText()).containsExactlyElementsOf(suggestion.evidence());
            PathEntry first = rig.incident.state().path().get(0);
            assertThat(first.node()).isEqualTo("region-failure-detected");
            assertThat(first.answer()).contains("confirmed");
            assertThat(first.actor()).contains("alice");
            assertThat(first.suggested()).contains("confirmed");
            assertThat(first.evidence()).containsExactlyElementsOf(suggestion.evidence());
        }
    }

    @Test
    void theCommanderMayOverruleTheSuggestionAndBothAreKept() throws Exception {
        try (IncidentRig rig = IncidentRig.open(dir.resolve("journal.jsonl"))) {
            awaitSuggestion(rig);
            rig.incident.answer("confirmed", "alice");
            SuggestedAnswer suggestion = awaitSuggestion(rig);
            assertThat(suggestion.answer()).isEqualTo("no");

            rig.incident.answer("yes", "alice");

            PathEntry overruled = rig.incident.state().path().get(1);
            assertThat(overruled.node()).isEqualTo("auto-recovery-possible");
            assertThat(overruled.answer()).contains("yes");
            assertThat(overruled.suggested()).contains("no");
            assertThat(overruled.evidence()).isEqualTo(suggestion.evidence());
            assertThat(rig.incident.currentNode()).get().extracting(n -> n.id()).isEqualTo("wait-auto-recovery");
        }
    }

    @Test
    void thePathRecordsEveryNodeInOrderWithWhenItWasReached() throws Exception {
        try (IncidentRig rig = IncidentRig.open(dir.resolve("journal.jsonl"))) {
            rig.autopilotUntil("authorize");

            List<PathEntry> path = rig.incident.state().path();

            assertThat(path).extracting(PathEntry::node)
                    .containsExactly("region-failure-detected", "auto-recovery-possible", "impact-scope", "full-failover");
            assertThat(path).extracting(PathEntry::answer)
                    .containsExactly(Optional.of("confirmed"), Optional.of("no"), Optional.of("all"), Optional.empty());
            assertThat(path).extracting(PathEntry::enteredAt).isSorted();
            assertThat(rig.incident.state().status()).isEqualTo(IncidentStatus.RECOVERING);
            assertThat(rig.incident.state().decidedAt()).contains(path.get(3).enteredAt());
        }
    }

    @Test
    void anAnswerTheQuestionDoesNotHaveIsRefusedAndNothingIsRecorded() throws Exception {
        try (IncidentRig rig = IncidentRig.open(dir.resolve("journal.jsonl"))) {
            int events = rig.events().size();

            assertThatThrownBy(() -> rig.incident.answer("all", "alice"))
                    .isInstanceOf(IncidentStateException.class)
                    .hasMessage("'all' is not an answer to 'region-failure-detected'");
            assertThat(rig.events()).hasSize(events);
            assertThat(rig.incident.state().path()).singleElement().extracting(PathEntry::answer).isEqualTo(Optional.empty());
        }
    }
}
