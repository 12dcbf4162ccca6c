package dev.warroom.core.incident;

import dev.warroom.core.board.BoardEntry;
import dev.warroom.core.board.BoardSnapshot;
import dev.warroom.core.board.StateBoard;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The engine's view of the state board. Anything but a fresh reading counts as a problem in words
 * (unreachable, throttled, auth failed, stale …), so a verification never passes on old data.
 */
public final class BoardLiveState implements LiveState {

    private final StateBoard board;

    public BoardLiveState(StateBoard board) {
        this.board = board;
    }

    @Override
    public Map<String, ResourceReading> refresh() {
        return readings(board.refresh());
    }

    @Override
    public Map<String, ResourceReading> latest() {
        return readings(board.latest());
    }

    @Override
    public Optional<Instant> nextScheduledChange(Instant time) {
        return board.nextScheduledChange(time);
    }

    private static Map<String, ResourceReading> readings(BoardSnapshot snapshot) {
        Map<String, ResourceReading> readings = new LinkedHashMap<>();
        for (BoardEntry entry : snapshot.entries()) {
            Optional<String> problem = entry.status().isFresh() ? Optional.empty()
                    : Optional.of(entry.status().words() + entry.error().map(e -> ": " + e).orElse(""));
            readings.put(entry.resourceId(), new ResourceReading(entry.resourceId(), entry.siteId(), entry.kind(), entry.observation(),
                    problem));
        }
        return readings;
    }
}
