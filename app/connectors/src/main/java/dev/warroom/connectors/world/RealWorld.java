package dev.warroom.connectors.world;

import dev.warroom.connectors.ConnectorSettings;
import dev.warroom.connectors.web.WebSettings;
import dev.warroom.connectors.web.chat.ChatFate;
import dev.warroom.connectors.web.chat.ChatOutbox;
import dev.warroom.connectors.web.chat.ChatOutboxes;
import dev.warroom.connectors.world.ConnectorWorld;
import dev.warroom.connectors.world.Connectors;
import dev.warroom.core.incident.Incident;
import dev.warroom.core.incident.NoteKind;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The real connectors one DRILL or LIVE incident runs on, as the command line and the console both
 * build them: every connector family on the class path, set up from the environment, with shell
 * commands starting in the plan's folder and a chat outbox of its own. It says who each connector
 * acts as, journals what becomes of chat messages that had to be queued, and on {@link #close()}
 * closes the connectors with their clients, informers and pools. Building and closing block (files,
 * SDK clients): call them off any UI thread.
 */
public final class RealWorld implements AutoCloseable {

    /** How long a closing incident gives queued chat messages for one last try. */
    public static final Duration OUTBOX_GRACE = Duration.ofSeconds(10);

    /** The prefix of the journal opening's settings that record who a connector acted as. */
    public static final String IDENTITY_SETTING = "identity.";

    private final ConnectorWorld world;
    private final String outboxName;
    private volatile Consumer<ChatFate> fateNotes;

    private RealWorld(ConnectorWorld world, String outboxName) {
        this.world = world;
        this.outboxName = outboxName;
    }

    /** A connector that cannot start with the settings it was given; nothing was opened. */
    public static final class NotStartedException extends Exception {
        private static final long serialVersionUID = 1L;

        NotStartedException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** The connectors for {@code planFile}, set up from the environment and system properties. */
    public static RealWorld start(Path planFile) throws NotStartedException {
        return start(planFile, ConnectorSettings.fromEnvironment());
    }

    /** The connectors for {@code planFile} with {@code settings}; the plan's folder and a fresh outbox name are added. */
    public static RealWorld start(Path planFile, ConnectorSettings settings) throws NotStartedException {
        String outboxName = "incident-" + UUID.randomUUID();
        Path planDir = planFile.toAbsolutePath().getParent();
        ConnectorSettings own = settings.with(WebSettings.OUTBOX, outboxName)
                .with(WebSettings.PLAN_DIR, planDir == null ? Path.of("").toAbsolutePath().toString() : planDir.toString());
        try {
            return new RealWorld(Connectors.standard(own), outboxName);
        } catch (IllegalArgumentException e) {
            throw new NotStartedException("the connectors cannot start: " + e.getMessage(), e);
        }
    }

    public ConnectorWorld world() {
        return world;
    }

    /** Who each connector acts as, by connector name, in words that hold no secret. */
    public Map<String, String> identities() {
        return world.identities();
    }

    /** The same, as settings for the journal's opening ({@code identity.web}, {@code identity.aws}, …). */
    public Map<String, String> identitySettings() {
        Map<String, String> settings = new LinkedHashMap<>();
        identities().forEach((name, identity) -> settings.put(IDENTITY_SETTING + name, identity));
        return settings;
    }

    /** The outbox that queues this world's chat messages while the network is down. */
    public Optional<ChatOutbox> outbox() {
        return ChatOutboxes.find(outboxName);
    }

    /**
     * From now on, what becomes of each queued chat message (delivered, refused, given up) is noted in
     * {@code incident}'s journal by the actor "outbox"; {@code trouble} hears of a note that could not be written.
     */
    public void journalChatFates(Incident incident, Consumer<String> trouble) {
        Consumer<ChatFate> notes = fate -> {
            try {
                incident.note(fate.delivered() ? NoteKind.NOTE : NoteKind.ISSUE, fate.words(), "outbox");
            } catch (IOException | RuntimeException e) {
                trouble.accept("could not journal what became of " + fate.message().id() + ": " + e.getMessage());
            }
        };
        stopJournalingFates();
        fateNotes = notes;
        outbox().ifPresent(o -> o.addListener(notes));
    }

    /** How many chat messages wait in the outbox, not delivered yet. */
    public int undeliveredMessages() {
        return outbox().map(o -> o.pending().size()).orElse(0);
    }

    /**
     * Gives queued chat messages one last try of at most {@code grace}, then closes the outbox: each
     * message's fate is journaled (if {@link #journalChatFates} was called) before the journal closes.
     */
    public void settleChat(Duration grace) throws InterruptedException {
        Optional<ChatOutbox> outbox = outbox();
        if (outbox.isEmpty()) {
            return;
        }
        try {
            if (!outbox.get().pending().isEmpty()) {
                outbox.get().flush(grace);
            }
        } finally {
            outbox.get().close();
            stopJournalingFates();
        }
    }

    private void stopJournalingFates() {
        Consumer<ChatFate> notes = fateNotes;
        if (notes != null) {
            outbox().ifPresent(o -> o.removeListener(notes));
            fateNotes = null;
        }
    }

    /** Closes every connector (clients, informers, pools, the outbox). */
    @Override
    public void close() {
        stopJournalingFates();
        world.close();
    }
}
