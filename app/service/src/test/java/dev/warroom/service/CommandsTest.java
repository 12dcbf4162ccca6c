package dev.warroom.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.warroom.core.incident.Autopilot;
import dev.warroom.core.incident.ConfirmationRefusedException;
import dev.warroom.core.incident.EventTypes;
import dev.warroom.core.incident.IncidentEvent;
import dev.warroom.core.incident.IncidentStateException;
import dev.warroom.core.incident.NoteKind;
import dev.warroom.core.incident.StepProposal;
import dev.warroom.core.incident.StepStatus;
import dev.warroom.core.incident.WriterCommand;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Commands through the incident's one writer: withdrawn, carried through, refused in words, and never held up by a long step. */
class CommandsTest {

    @TempDir
    Path dir;

    @Test
    void aCommandWithdrawnBeforeTheWriterTakesItIsNeverJournalled() throws Exception {
        try (IncidentHandle handle = Seam.tabletop(dir.resolve("incident.jsonl"))) {
            CountDownLatch release = new CountDownLatch(1);
            WriterCommand<Void> busy = handle.incident().writer().submit(() -> {
                release.await(30, TimeUnit.SECONDS);
                return null;
            });
            CompletableFuture<Void> withdrawn = handle.commands().note(NoteKind.NOTE, "never mind");
            CompletableFuture<Void> kept = handle.commands().note(NoteKind.NOTE, "this one stands");

            assertThat(withdrawn.cancel(false)).isTrue();
            release.countDown();
            kept.get(10, TimeUnit.SECONDS);
            busy.get(10, TimeUnit.SECONDS);

            assertThat(withdrawn).isCancelled();
            assertThatThrownBy(withdrawn::join).isInstanceOf(CancellationException.class);
            assertThat(notes(handle)).containsExactly("this one stands");
        }
    }

    @Test
    void aCommandTheWriterHasTakenIsCarriedThroughWhenItsCallerStopsWaiting() throws Exception {
        try (IncidentHandle handle = Seam.tabletop(dir.resolve("incident.jsonl"))) {
            CountDownLatch taken = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            WriterCommand<Void> note = handle.incident().writer().submit(() -> {
                taken.countDown();
                release.await(30, TimeUnit.SECONDS);
                handle.incident().note(NoteKind.NOTE, "journalled whatever the caller does", "alice");
                return null;
            });
            CompletableFuture<Void> impatient = handle.commands().note(NoteKind.NOTE, "the caller gave up on this one");
            assertThat(taken.await(10, TimeUnit.SECONDS)).isTrue();

            assertThat(note.cancel(false)).as("too late to withdraw").isFalse();
            assertThatThrownBy(() -> impatient.orTimeout(1, TimeUnit.MILLISECONDS).join()).hasCauseInstanceOf(TimeoutException.class);
            release.countDown();

            await().atMost(Duration.ofSeconds(10)).until(() -> notes(handle).size() == 2);
            assertThat(notes(handle)).containsExactly("journalled whatever the caller does", "the caller gave up on this one");
            assertThat(note).isCompleted().isNotCancelled();
        }
    }

    @Test
    void aCommandThatCannotBeCarriedOutCompletesWithWordsAUserCanRead() throws Exception {
        try (IncidentHandle handle = Seam.tabletop(dir.resolve("incident.jsonl"))) {
            String question = handle.state().currentNode().orElseThrow();

            assertThatThrownBy(() -> handle.commands().answer("maybe").get(10, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class).cause().isInstanceOf(IncidentStateException.class)
                    .hasMessage("'maybe' is not an answer to '" + question + "'");
            assertThatThrownBy(() -> handle.commands().note(NoteKind.NOTE, "  ").get(10, TimeUnit.SECONDS))
                    .cause().isInstanceOf(IncidentStateException.class).hasMessage("a note needs some text");
            assertThatThrownBy(() -> handle.commands().confirm("promote-replica", "").get(10, TimeUnit.SECONDS))
                    .cause().isInstanceOf(ConfirmationRefusedException.class)
                    .hasMessage("step 'promote-replica' is no longer the step to confirm; no step is up now");
        }
    }

    @Test
    void aStepThatWaitsDoesNotHoldUpNotesAndTicks() throws Exception {
        try (IncidentHandle handle = Seam.tabletop(dir.resolve("incident.jsonl"))) {
            StepProposal step = untilAStepIsUp(handle);
            handle.commands().confirm(step.step().id(), step.typedConfirmation().orElse("")).get(10, TimeUnit.SECONDS);
            CountDownLatch stepWaiting = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);

            CompletableFuture<?> running = handle.commands().run((stepId, words) -> {
                stepWaiting.countDown();
                awaitQuietly(release);
            });
            assertThat(stepWaiting.await(10, TimeUnit.SECONDS)).isTrue();
            handle.commands().note(NoteKind.NOTE, "while the step waits").get(10, TimeUnit.SECONDS);

            assertThat(running).isNotDone();
            assertThat(handle.state().activeProcedure().orElseThrow().step(step.step().id()).orElseThrow().status())
                    .isEqualTo(StepStatus.RUNNING);
            release.countDown();
            running.get(30, TimeUnit.SECONDS);
            assertThat(notes(handle)).contains("while the step waits");
        }
    }

    /** Lets the autopilot answer, and carries out the steps done by hand, until an action step is proposed. */
    private static StepProposal untilAStepIsUp(IncidentHandle handle) throws Exception {
        Autopilot autopilot = new Autopilot();
        for (int i = 0; i < 40; i++) {
            Optional<StepProposal> proposal = handle.commands().propose().get(10, TimeUnit.SECONDS);
            if (proposal.isPresent() && proposal.get().status() == StepStatus.PROPOSED) {
                StepProposal p = proposal.get();
                if (p.step().action() != null) {
                    return p;
                }
                handle.commands().confirm(p.step().id(), p.typedConfirmation().orElse("")).get(10, TimeUnit.SECONDS);
                handle.commands().run((stepId, words) -> { }).get(10, TimeUnit.SECONDS);
                continue;
            }
            var node = handle.incident().currentNode().orElseThrow();
            switch (node.type()) {
                case QUESTION -> handle.commands().answer(autopilot.answer(node, handle.incident().suggestion(), Optional.empty()))
                        .get(10, TimeUnit.SECONDS);
                case WAIT -> handle.commands().finishWait().get(10, TimeUnit.SECONDS);
                default -> throw new AssertionError("stuck at " + node.id() + " (" + node.type() + ")");
            }
        }
        throw new AssertionError("no step came up");
    }

    private static List<String> notes(IncidentHandle handle) {
        return handle.incident().events().stream().filter(e -> EventTypes.NOTE_ADDED.equals(e.type())).map(IncidentEvent::data)
                .map(d -> d.path("text").asText()).toList();
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
