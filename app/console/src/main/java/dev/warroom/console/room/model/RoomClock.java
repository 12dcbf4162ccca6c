package dev.warroom.console.room.model;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * A time of day as the room shows it, in UTC like its timeline ("Times in UTC"), the start screen and the reports, so
 * one moment reads the same in every pane whatever the zone of the laptop the console runs on.
 */
public final class RoomClock {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC);

    private RoomClock() {
    }

    /** "17:49:22" for 2026-12-07T17:49:22Z. */
    public static String of(Instant at) {
        return CLOCK.format(at);
    }
}
