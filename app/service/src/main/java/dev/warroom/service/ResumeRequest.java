package dev.warroom.service;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What a front end asks to resume: the journal; the plan file, for a journal written before WarRoom kept
 * its plan (a journal that keeps one resumes with it, and a different file is only reported); who commands
 * now; how a TABLETOP's time runs; whether the plan's shell commands may run (asked again); and a plan to
 * adopt from here on, explicitly, if the commander wants to change plans mid-incident.
 */
public record ResumeRequest(Path journal, Optional<Path> planFile, String actor, ClockChoice clock, boolean allowShell,
        Optional<Path> adoptPlan) {

    /** A resume that adopts no other plan. */
    public ResumeRequest(Path journal, Optional<Path> planFile, String actor, ClockChoice clock, boolean allowShell) {
        this(journal, planFile, actor, clock, allowShell, Optional.empty());
    }

    public static ResumeRequest of(Path journal, String actor, ClockChoice clock) {
        return new ResumeRequest(journal, Optional.empty(), actor, clock, false);
    }
}
