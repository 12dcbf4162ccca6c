package dev.warroom.console.room;

import dev.warroom.core.incident.IncidentEvent;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Forwards recorded events to the view model once it exists: the runtime records its first events
 * before the view model is built, and the view model reads those from the journal itself.
 */
public final class EventRelay implements Consumer<IncidentEvent> {

    private final AtomicReference<Consumer<IncidentEvent>> target = new AtomicReference<>(e -> { });

    public void connect(Consumer<IncidentEvent> consumer) {
        target.set(consumer);
    }

    @Override
    public void accept(IncidentEvent event) {
        target.get().accept(event);
    }
}
