package dev.warroom.service;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What a front end asks to resume: the journal, the plan file if it moved since the incident ran, who
 * commands now, how a TABLETOP's time runs, and whether the plan's shell commands may run (asked again).
 */
public record ResumeRequest(Path journal, Optional<Path> planFile, String actor, ClockChoice clock, boolean allowShell) {

    public static ResumeRequest of(Path journal, String actor, ClockChoice clock) {
        return new ResumeRequest(journal, Optional.empty(), actor, clock, false);
    }
}
