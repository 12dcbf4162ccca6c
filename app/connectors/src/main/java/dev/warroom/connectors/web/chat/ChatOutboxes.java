package dev.warroom.connectors.web.chat;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where the outbox of a running web connector can be found by name ({@code WARROOM_CHAT_OUTBOX}), so
 * that whoever runs the incident can listen to the fates of its messages and journal them, although
 * connectors are built by a ServiceLoader. Thread-safe.
 */
public final class ChatOutboxes {

    private static final Map<String, ChatOutbox> BY_NAME = new ConcurrentHashMap<>();

    private ChatOutboxes() {
    }

    public static Optional<ChatOutbox> find(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    /** Makes {@code outbox} the one found under {@code name}. */
    public static void register(String name, ChatOutbox outbox) {
        BY_NAME.put(name, outbox);
    }

    /** Forgets {@code outbox}, unless another has taken its name since. */
    public static void unregister(String name, ChatOutbox outbox) {
        BY_NAME.remove(name, outbox);
    }
}
