package dev.warroom.console.room.reference;

import dev.warroom.core.board.BoardEntry;
import dev.warroom.core.board.BoardSnapshot;
import dev.warroom.core.plan.model.Backup;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * What the board last read of a backup: the resource it names (by id, as its id, source or destination) and
 * when that resource was last observed healthy. Nothing when the plan ties the backup to no board resource, or
 * the board has read nothing of it yet.
 */
public final class BackupReadings {

    /** A resource's last good observation. */
    public record Reading(String resourceId, Instant observedAt) {
    }

    private BackupReadings() {
    }

    public static Optional<Reading> lastGood(Backup backup, BoardSnapshot board) {
        if (board == null) {
            return Optional.empty();
        }
        for (BoardEntry entry : board.entries()) {
            if (names(backup, entry.resourceId()) && entry.observedAt().isPresent()) {
                return Optional.of(new Reading(entry.resourceId(), entry.observedAt().get()));
            }
        }
        return Optional.empty();
    }

    private static boolean names(Backup backup, String resourceId) {
        String id = resourceId.toLowerCase(Locale.ROOT);
        return backup.id().equalsIgnoreCase(resourceId) || mentions(backup.source(), id) || mentions(backup.destination(), id);
    }

    private static boolean mentions(String text, String resourceId) {
        if (text == null) {
            return false;
        }
        for (String word : text.toLowerCase(Locale.ROOT).split("[^a-z0-9-]+")) {
            if (word.equals(resourceId)) {
                return true;
            }
        }
        return false;
    }
}
