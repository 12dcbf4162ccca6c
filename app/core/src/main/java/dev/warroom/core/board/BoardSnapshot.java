package dev.warroom.core.board;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The whole board at one moment: an entry per plan resource, in plan order. Immutable; a newer
 * refresh publishes a new snapshot.
 *
 * @param sequence increases with every published snapshot
 */
public record BoardSnapshot(long sequence, Instant takenAt, List<BoardEntry> entries) {

    public BoardSnapshot {
        entries = List.copyOf(entries);
    }

    public Optional<BoardEntry> entry(String resourceId) {
        return entries.stream().filter(e -> e.resourceId().equals(resourceId)).findFirst();
    }

    public List<BoardEntry> site(String siteId) {
        return entries.stream().filter(e -> e.siteId().equals(siteId)).toList();
    }

    /** Entries by resource id, in plan order. */
    public Map<String, BoardEntry> byResource() {
        Map<String, BoardEntry> map = new LinkedHashMap<>();
        entries.forEach(e -> map.put(e.resourceId(), e));
        return Collections.unmodifiableMap(map);
    }

    public long count(BoardStatus status) {
        return entries.stream().filter(e -> e.status() == status).count();
    }
}
