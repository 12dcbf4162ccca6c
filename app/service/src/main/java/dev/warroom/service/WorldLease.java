package dev.warroom.service;

import dev.warroom.core.incident.Incident;
import dev.warroom.core.world.World;
import java.util.Map;

/**
 * The real world an incident runs on in DRILL and LIVE: started before the opening so the commander can
 * see who each connector acts as, handed to the incident when it opens, and closed by it last.
 */
public interface WorldLease extends AutoCloseable {

    World world();

    /** Who each connector acts as, by connector name. */
    Map<String, String> identities();

    /** The same, as settings for the journal's opening. */
    Map<String, String> identitySettings();

    /** From now on, notes in {@code incident} what becomes of each queued chat message. */
    default void journalChatFates(Incident incident) {
    }

    /** Chat messages queued and not delivered yet. */
    default int undeliveredMessages() {
        return 0;
    }

    /** Gives queued chat messages a last try, their fate journalled, before the incident closes. */
    default void settleChat() throws InterruptedException {
    }

    /** Closes every connector; never throws. */
    @Override
    void close();

    /** Starts the connectors a plan needs; a setting they cannot use is refused in words. */
    @FunctionalInterface
    interface Starter {
        WorldLease start(java.nio.file.Path planFile) throws RequestRefusedException;
    }
}
