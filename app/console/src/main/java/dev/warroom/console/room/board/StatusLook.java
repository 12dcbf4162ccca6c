package dev.warroom.console.room.board;

import dev.warroom.core.board.BoardStatus;
import dev.warroom.core.world.Health;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * How a board status and a health reading look: the pseudo-class that colours them, the message
 * key of their words, and their icon. Each failure has its own, so UNREACHABLE never reads as THROTTLED.
 */
public final class StatusLook {

    private StatusLook() {
    }

    /** "unreachable", "auth-failed" …: the pseudo-class name and the message-key suffix. */
    public static String name(BoardStatus status) {
        return status.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    public static String wordsKey(BoardStatus status) {
        return "board.status." + name(status);
    }

    public static Ikon icon(BoardStatus status) {
        return switch (status) {
            case FRESH -> Material2AL.CHECK_CIRCLE;
            case STALE -> Material2AL.HISTORY;
            case UNREACHABLE -> Material2AL.CLOUD_OFF;
            case TIMEOUT -> Material2MZ.TIMER_OFF;
            case THROTTLED -> Material2MZ.SPEED;
            case AUTH_FAILED -> Material2AL.LOCK;
            case ERROR -> Material2AL.ERROR_OUTLINE;
            case NO_PROBE -> Material2MZ.VISIBILITY_OFF;
            case NOT_OBSERVED_IN_DRILL -> Material2AL.BLOCK;
        };
    }

    public static String name(Health health) {
        return health.name().toLowerCase(java.util.Locale.ROOT);
    }

    public static String wordsKey(Health health) {
        return "board.health." + name(health);
    }

    public static Ikon icon(Health health) {
        return switch (health) {
            case UP -> Material2AL.CHECK_CIRCLE;
            case DEGRADED -> Material2MZ.WARNING;
            case DOWN -> Material2AL.CANCEL;
            case UNKNOWN -> Material2AL.HELP_OUTLINE;
        };
    }

    /** Failures first, most serious first: the order in which summaries name them. */
    public static int severity(BoardStatus status) {
        return switch (status) {
            case UNREACHABLE -> 0;
            case AUTH_FAILED -> 1;
            case TIMEOUT -> 2;
            case THROTTLED -> 3;
            case ERROR -> 4;
            case STALE -> 5;
            case NO_PROBE -> 6;
            case NOT_OBSERVED_IN_DRILL -> 7;
            case FRESH -> 8;
        };
    }
}
