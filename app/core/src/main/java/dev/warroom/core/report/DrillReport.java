package dev.warroom.core.report;

import dev.warroom.core.drill.HotWash;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The drill part of a report, from the journal alone: the drill, each criterion with the drill's own target
 * and its journalled verdict, the injects as they went, the observations, the hot wash and the cleanup.
 *
 * @param objectives objective id → title, for the hot wash's ratings
 * @param targets    how the report's RTO and RPO were judged (the drill's own targets, or the plan's where it has none)
 */
public record DrillReport(String id, String title, String type, List<String> participants, Optional<String> scenario, Instant startedAt,
        String targets, List<CriterionRow> criteria, List<InjectRow> injects, List<ObservationRow> observations, Optional<HotWash> hotWash,
        Map<String, String> objectives, List<CleanupRow> cleanup, Optional<Instant> closedAt, String closingReason) {

    public DrillReport {
        participants = List.copyOf(participants);
        criteria = List.copyOf(criteria);
        injects = List.copyOf(injects);
        observations = List.copyOf(observations);
        objectives = Map.copyOf(objectives);
        cleanup = List.copyOf(cleanup);
    }

    /** A success criterion: its own target, and the latest verdict the journal holds (empty: not judged). */
    public record CriterionRow(String id, String title, String target, String measured, Optional<String> verdict, String by,
            String evidence, Optional<Instant> at) {
    }

    /**
     * An inject as it went: planned ("at 3m", "on step-succeeded promote-db"), its status in words, when it fired
     * and how, its message, what became of its world change, skip reason, hold history and who acknowledged it.
     */
    public record InjectRow(String id, String planned, String status, Optional<Instant> firedAt, Optional<Duration> sinceStart,
            String firedBy, String message, String expect, String worldChange, String holds, String acknowledged) {
    }

    public record ObservationRow(Instant at, Duration sinceStart, String actor, String kind, String tagged, String text) {
    }

    public record CleanupRow(String id, String title, boolean ticked, String by, Optional<Instant> at) {
    }
}
