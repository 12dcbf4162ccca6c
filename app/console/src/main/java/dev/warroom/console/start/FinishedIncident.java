package dev.warroom.console.start;

import java.nio.file.Path;
import java.time.Instant;

/** A journal on disk whose incident was resolved or aborted: what the start screen offers to write the report of. */
public record FinishedIncident(Path journal, String title, String planId, String mode, Instant openedAt, Instant endedAt,
        boolean aborted) {
}
