package dev.warroom.console.room.timeline;

import dev.warroom.console.room.model.TimelineEntry;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Predicate;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * Which kinds of entry the timeline shows. Every kind is shown at first; entries of a kind the
 * engine may add later (not in {@link TimelineKind}) are always shown, so nothing is hidden by surprise.
 */
public final class TimelineFilter {

    private final EnumSet<TimelineKind> hidden = EnumSet.noneOf(TimelineKind.class);
    private final ReadOnlyObjectWrapper<Predicate<TimelineEntry>> predicate = new ReadOnlyObjectWrapper<>(entry -> true);

    public void show(TimelineKind kind, boolean shown) {
        if (shown ? hidden.remove(kind) : hidden.add(kind)) {
            Set<TimelineKind> now = EnumSet.copyOf(hidden);
            predicate.set(entry -> TimelineKind.of(entry.kind()).map(k -> !now.contains(k)).orElse(true));
        }
    }

    public boolean isShown(TimelineKind kind) {
        return !hidden.contains(kind);
    }

    /** The current test, replaced (not mutated) on every change so a FilteredList re-filters. */
    public ReadOnlyObjectProperty<Predicate<TimelineEntry>> predicateProperty() {
        return predicate.getReadOnlyProperty();
    }
}
