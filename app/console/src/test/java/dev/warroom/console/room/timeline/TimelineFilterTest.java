package dev.warroom.console.room.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warroom.console.room.model.TimelineEntry;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** Which timeline rows a set of kind chips lets through. */
class TimelineFilterTest {

    private static TimelineEntry entry(long seq, String kind) {
        return new TimelineEntry(seq, Instant.parse("2026-01-01T00:00:00Z").plusSeconds(seq), kind, kind + " " + seq, "alice", "");
    }

    private final List<TimelineEntry> entries = List.of(entry(1, "incident"), entry(2, "state"), entry(3, "note"), entry(4, "issue"),
            entry(5, "action-item"), entry(6, "other"));

    private List<String> shown(TimelineFilter filter) {
        Predicate<TimelineEntry> test = filter.predicateProperty().get();
        return entries.stream().filter(test).map(TimelineEntry::kind).toList();
    }

    @Test
    void everythingShowsUntilAKindIsHidden() {
        TimelineFilter filter = new TimelineFilter();
        assertThat(shown(filter)).hasSize(entries.size());

        filter.show(TimelineKind.STATE, false);
        filter.show(TimelineKind.ACTION_ITEM, false);
        assertThat(shown(filter)).containsExactly("incident", "note", "issue", "other");
        assertThat(filter.isShown(TimelineKind.STATE)).isFalse();

        filter.show(TimelineKind.STATE, true);
        assertThat(shown(filter)).containsExactly("incident", "state", "note", "issue", "other");
    }

    @Test
    void eachChangeIsANewTestSoAFilteredListRefilters() {
        TimelineFilter filter = new TimelineFilter();
        Predicate<TimelineEntry> before = filter.predicateProperty().get();

        filter.show(TimelineKind.NOTE, false);
        Predicate<TimelineEntry> after = filter.predicateProperty().get();
        filter.show(TimelineKind.NOTE, false);

        assertThat(after).isNotSameAs(before);
        assertThat(filter.predicateProperty().get()).isSameAs(after);
        assertThat(before.test(entry(3, "note"))).isTrue();
    }
}
