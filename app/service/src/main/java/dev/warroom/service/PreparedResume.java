package dev.warroom.service;

import com.fasterxml.jackson.databind.JsonNode;
import dev.warroom.core.incident.Mode;
import dev.warroom.core.journal.Journal;
import dev.warroom.core.plan.model.Plan;
import dev.warroom.core.time.IncidentClock;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A resume that passed every check, holding its journal open (read once, locked): the mode and plan its
 * opening recorded, and warnings to show (the plan changed since). Resume it, or close it to let go.
 */
public final class PreparedResume implements AutoCloseable {

    private final ResumeRequest request;
    private final Journal journal;
    private final IncidentClock clock;
    private final Mode mode;
    private final Plan plan;
    private final Path planFile;
    private final JsonNode opened;
    private final Instant lastEventTime;
    private final int events;
    private final List<String> warnings;
    private boolean handedOver;

    PreparedResume(ResumeRequest request, Journal journal, IncidentClock clock, Mode mode, Plan plan, Path planFile, JsonNode opened, Instant lastEventTime,
            int events, List<String> warnings) {
        this.request = request;
        this.journal = journal;
        this.clock = clock;
        this.mode = mode;
        this.plan = plan;
        this.planFile = planFile;
        this.opened = opened;
        this.lastEventTime = lastEventTime;
        this.events = events;
        this.warnings = List.copyOf(warnings);
    }

    public ResumeRequest request() {
        return request;
    }

    public Mode mode() {
        return mode;
    }

    public Plan plan() {
        return plan;
    }

    public Path planFile() {
        return planFile;
    }

    public Path journalFile() {
        return journal.file();
    }

    /** When the impact began, as the opening recorded it. */
    public Instant impactStartedAt() {
        return Instant.parse(opened.path("impactStartedAt").asText(lastEventTime.toString()));
    }

    /** How many events the journal held. */
    public int events() {
        return events;
    }

    public long repairedBytes() {
        return journal.repairedBytes();
    }

    /** Where a torn last line cut off the journal was kept, if there was one. */
    public java.util.Optional<java.nio.file.Path> tornLineKeptAt() {
        return journal.tornLineKeptAt();
    }

    public List<String> warnings() {
        return warnings;
    }

    /** The recorded scenario's id, if any. */
    public Optional<String> scenario() {
        String id = opened.path("scenario").asText("");
        return id.isEmpty() ? Optional.empty() : Optional.of(id);
    }

    /** The clock the journal was opened with: the resumed incident runs on it too. */
    IncidentClock clock() {
        return clock;
    }

    Journal takeJournal() {
        handedOver = true;
        return journal;
    }

    /** Lets go of the journal if it was not resumed. */
    @Override
    public void close() throws IOException {
        if (!handedOver) {
            journal.close();
        }
    }
}
