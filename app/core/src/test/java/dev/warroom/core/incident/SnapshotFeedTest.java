package dev.warroom.core.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The feed's promise to a slow observer: nothing lost, nothing out of order, and the writer never waits for it. */
class SnapshotFeedTest {

    private static final int WINDOW = 4;

    @Test
    void anObserverThatFallsBehindTheWindowCatchesUpFromTheJournalInOrder() throws Exception {
        List<IncidentEvent> journal = new CopyOnWriteArrayList<>();
        IncidentFold writerFold = new IncidentFold(IncidentRig.plan());
        SnapshotFeed feed = new SnapshotFeed(IncidentRig.plan(), writerFold.state(), () -> List.copyOf(journal), WINDOW, "test");
        CountDownLatch held = new CountDownLatch(1);
        List<IncidentSnapshot> seen = new CopyOnWriteArrayList<>();
        SnapshotFeed.Subscription slow = feed.subscribe(0, s -> {
            try {
                held.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            seen.add(s);
        });

        List<IncidentSnapshot> published = new ArrayList<>();
        for (int seq = 1; seq <= 100; seq++) {
            IncidentEvent event = new IncidentEvent(seq, Instant.parse("2026-11-21T03:00:00Z").plusSeconds(seq), "alice",
                    EventTypes.NOTE_ADDED, JsonNodeFactory.instance.objectNode().put("kind", "note").put("text", "note " + seq));
            journal.add(event);
            writerFold.apply(event);
            IncidentSnapshot snapshot = new IncidentSnapshot(event, writerFold.state());
            published.add(snapshot);
            feed.publish(snapshot);
        }

        // the writer published all 100 while the observer still holds the first
        assertThat(seen).isEmpty();
        held.countDown();
        await().atMost(Duration.ofSeconds(20)).until(() -> slow.deliveredSeq() == 100);

        assertThat(seen).isEqualTo(published);
        assertThat(slow.catchUps()).as("it fell out of the window of " + WINDOW + " and read the journal back").isPositive();
        feed.close();
    }
}
