package dev.warroom.service;

import dev.warroom.core.incident.EventTypes;
import dev.warroom.core.incident.Incident;
import dev.warroom.core.incident.IncidentRuntime;
import dev.warroom.core.incident.IncidentSnapshot;
import dev.warroom.core.incident.IncidentState;
import dev.warroom.core.incident.Mode;
import dev.warroom.core.incident.SnapshotFeed;
import dev.warroom.core.journal.Journal;
import dev.warroom.core.plan.model.Plan;
import dev.warroom.core.time.IncidentClock;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * One open incident and everything opened for it: the runtime (board, journal, the incident's writer)
 * and, in DRILL and LIVE, the real world. Commands go through {@link #commands()}; views follow it
 * through {@link #subscribe}. Closing gives queued chat messages a last try (their fate journalled),
 * then closes the runtime, then the real world, whatever fails on the way. Closing blocks: call it off
 * a UI thread.
 */
public final class IncidentHandle implements AutoCloseable {

    private final IncidentRuntime runtime;
    private final Optional<WorldLease> world;
    private final Map<String, String> identities;
    private final IncidentCommands commands;
    private final String title;
    private final PlanCheck planCheck;
    private boolean closed;

    IncidentHandle(IncidentRuntime runtime, Optional<WorldLease> world, String actor) {
        this(runtime, world, actor, PlanCheck.PASSED);
    }

    IncidentHandle(IncidentRuntime runtime, Optional<WorldLease> world, String actor, PlanCheck planCheck) {
        this.planCheck = planCheck;
        this.runtime = runtime;
        this.world = world;
        this.identities = world.map(WorldLease::identities).orElse(Map.of());
        this.commands = IncidentCommands.of(runtime.incident(), actor);
        this.title = runtime.journal().decodedEvents().stream().filter(e -> EventTypes.OPENED.equals(e.type()))
                .map(e -> e.data().path("title").asText("")).filter(t -> !t.isBlank()).findFirst().orElse(runtime.incident().plan().system());
        world.ifPresent(w -> w.journalChatFates(runtime.incident()));
    }

    /**
     * A handle over a runtime the caller prepared on a world of its own (tests: a hung provider, a
     * pausable clock); the handle owns and closes the runtime.
     */
    public static IncidentHandle of(IncidentRuntime runtime, String actor) {
        return new IncidentHandle(runtime, Optional.empty(), actor);
    }

    /** The incident's title as its opening recorded it; the plan's system when none was given. */
    public String title() {
        return title;
    }

    /** The checks of the plan the incident opened on: passed already, or still to run, every action held until they pass. */
    public PlanCheck planCheck() {
        return planCheck;
    }

    /** Where commands go: each is carried out by the incident's single writer and answers with a future. */
    public IncidentCommands commands() {
        return commands;
    }

    /**
     * Gives {@code observer} each event of this session from the opening or the resume on, with the state
     * after it, once and in order, on its own delivery thread. Close the subscription to stop.
     */
    public SnapshotFeed.Subscription subscribeFromStart(Consumer<IncidentSnapshot> observer) {
        return incident().subscribe(incident().sessionStartSeq(), observer);
    }

    /** Gives {@code observer} each event after {@code afterSeq}, with the state after it. */
    public SnapshotFeed.Subscription subscribe(long afterSeq, Consumer<IncidentSnapshot> observer) {
        return incident().subscribe(afterSeq, observer);
    }

    /** The state after the last event journalled, without waiting on the writer. */
    public IncidentState state() {
        return incident().state();
    }

    public Plan plan() {
        return incident().plan();
    }

    public Mode mode() {
        return incident().mode();
    }

    public IncidentClock clock() {
        return incident().clock();
    }

    /** The engine, for read-only queries and the terminal's driver; its commands all go through its one writer. */
    public Incident incident() {
        return runtime.incident();
    }

    public IncidentRuntime runtime() {
        return runtime;
    }

    public Journal journal() {
        return runtime.journal();
    }

    /** Who each connector acts as, read when the incident opened; empty on the simulated world. */
    public Map<String, String> identities() {
        return identities;
    }

    /** The world's name as the status bar shows it. */
    public String worldName() {
        return runtime.world().name();
    }

    /** Chat messages queued and not delivered yet (they get a last try when the incident closes). */
    public int undeliveredMessages() {
        return world.map(WorldLease::undeliveredMessages).orElse(0);
    }

    @Override
    public synchronized void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (world.isPresent()) {
                world.get().settleChat();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            try {
                commands.close();
                runtime.close();
            } finally {
                world.ifPresent(WorldLease::close);
            }
        }
    }
}
