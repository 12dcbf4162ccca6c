package dev.warroom.console.room.board;

import dev.warroom.core.board.BoardEntry;
import dev.warroom.core.board.BoardStatus;
import dev.warroom.core.world.Observation;
import java.util.Objects;
import java.util.Optional;

/** Whether a resource changed in a way a commander must notice (its card flashes): status, health or role. */
final class BoardChange {

    private BoardChange() {
    }

    /**
     * True when {@code after} differs from {@code before} in status, health or replication role. The first
     * answer after "not observed yet" is not a change: the whole board would flash as it fills.
     */
    static boolean noticeable(BoardEntry before, BoardEntry after) {
        if (before == null || !known(before)) {
            return false;
        }
        return before.status() != after.status()
                || !Objects.equals(health(before), health(after))
                || !Objects.equals(role(before), role(after));
    }

    private static boolean known(BoardEntry entry) {
        return entry.observation().isPresent() || entry.status() != BoardStatus.STALE;
    }

    private static Optional<?> health(BoardEntry entry) {
        return entry.observation().map(Observation::health);
    }

    private static Optional<?> role(BoardEntry entry) {
        return entry.observation().map(Observation::role);
    }
}
