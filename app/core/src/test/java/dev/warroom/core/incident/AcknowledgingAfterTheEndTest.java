package dev.warroom.core.incident;

import static dev.warroom.core.incident.DrillRig.FACILITATOR;
import static dev.warroom.core.incident.DrillRig.START;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warroom.core.time.VirtualClock;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An inject the team never acknowledged before the incident was aborted stays unacknowledged: the journal of
 * a closed incident takes no acknowledgement, and the refusal says why.
 */
class AcknowledgingAfterTheEndTest {

    @TempDir
    Path dir;

    @Test
    void anAbortedIncidentRefusesAnAcknowledgementInWordsAndJournalsNothing() throws Exception {
        try (IncidentRuntime runtime = DrillRig.open(DrillRig.plan(), dir.resolve("j.jsonl"), new VirtualClock(START))) {
            Incident incident = runtime.incident();
            incident.drillDesk().fire("ceo-call", FACILITATOR);
            incident.abort("the drill room is needed", FACILITATOR);
            assertThat(incident.state().drill().orElseThrow().inject("ceo-call").orElseThrow().awaitsAcknowledgement())
                    .as("fired, never acknowledged").isTrue();

            assertThatThrownBy(() -> incident.drillDesk().acknowledge("ceo-call", "bob")).isInstanceOf(IncidentStateException.class)
                    .hasMessage("the incident is over: too late to acknowledge an inject");
            assertThat(DrillRig.events(runtime, EventTypes.INJECT_ACKNOWLEDGED)).isEmpty();
        }
    }
}
