package dev.warroom.cli;

import dev.warroom.core.incident.EventTypes;
import dev.warroom.core.incident.JournalEventSink;
import dev.warroom.core.incident.PinnedPlan;
import dev.warroom.core.journal.JournalEvent;
import dev.warroom.core.plan.PlanDigest;
import dev.warroom.core.plan.model.Plan;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Finds the plan an incident in a journal ran: the one the journal keeps (opened with, or adopted since),
 * whatever became of the file and wherever the report is written from; for a journal written before plans
 * were kept, the file, with a warning if it has changed since.
 */
final class JournalPlans {

    private JournalPlans() {
    }

    static Optional<JournalEvent> opening(List<JournalEvent> events) {
        return events.stream().filter(e -> EventTypes.OPENED.equals(e.type())).findFirst();
    }

    /** The plan file the incident ran, or {@code override} (--plan) when it moved. */
    static Path planFile(JournalEvent opened, Path override) {
        return override != null ? override : Path.of(opened.data().path("planFile").asText(""));
    }

    static Optional<Plan> planOf(List<JournalEvent> events, Path override, PrintWriter err) throws IOException {
        Optional<PinnedPlan> pinned = PinnedPlan.latest(events.stream().map(JournalEventSink::toIncidentEvent).toList());
        if (pinned.isPresent() && pinned.get().exact()) {
            PinnedPlan kept = pinned.get();
            if (override != null && Files.isRegularFile(override) && !kept.sha256().equals(PlanDigest.sha256(override))) {
                err.println("warroom: warning: " + override + " is not the plan this incident ran; the report uses the plan kept in"
                        + " the journal, " + kept.words());
            }
            return PlanFiles.load(kept.file() + " (as kept in the journal)", kept.text().orElseThrow().getBytes(StandardCharsets.UTF_8),
                    err);
        }
        return planOfFile(opening(events).orElseThrow(), override, err);
    }

    private static Optional<Plan> planOfFile(JournalEvent opened, Path override, PrintWriter err) throws IOException {
        Path file = planFile(opened, override);
        if (!Files.isRegularFile(file)) {
            err.println("warroom: the incident's plan " + file + " is not there; give it with --plan FILE");
            return Optional.empty();
        }
        Optional<Plan> plan = PlanFiles.load(file, err);
        String recorded = opened.data().path("planSha256").asText("");
        if (plan.isPresent() && !recorded.isEmpty() && !recorded.equals(PlanDigest.sha256(file))) {
            err.println("warroom: warning: " + file + " has changed since the incident ran (SHA-256 differs)");
        }
        return plan;
    }
}
