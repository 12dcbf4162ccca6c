package dev.warroom.console.start;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * A journal on disk whose incident was neither resolved nor aborted: what the start screen offers to resume.
 * {@code planFile} is the plan it was opened with, when that file can still be found.
 */
public record UnfinishedIncident(Path journal, String title, String planId, String mode, Instant openedAt, Instant lastEventAt,
        int events, Optional<Path> planFile) {

    /** Any mode resumes (TABLETOP on the simulated world, DRILL and LIVE on the real connectors) while its plan can be found. */
    public boolean resumable() {
        return planFile.isPresent();
    }
}
