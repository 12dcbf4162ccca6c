package dev.warroom.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warroom.core.incident.ChecklistTick;
import dev.warroom.core.incident.Note;
import dev.warroom.core.incident.NoteKind;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The report re-reads the plan, so whatever a plan's text holds reaches it; a plan edited after
 * validation (or carried by an old journal) still never puts a token or a terminal escape into the Markdown.
 */
class MarkdownReportSafetyTest {

    private static final String TOKEN = "ghp_abcdefghijklmnopqrstuvwxyz0123456789";
    private static final String HOSTILE = "\u001b]0;pwned\u0007\u001b[2J \u202eevil\u202c " + TOKEN;

    @Test
    void everyTextFieldIsRedactedAndItsControlCharactersEscaped() {
        Instant at = Instant.parse("2026-12-06T10:00:00Z");
        Metric rto = new Metric("RTO", Optional.of(Duration.ofHours(1)), Optional.of(Duration.ofMinutes(40)));
        IncidentReport report = new IncidentReport("Title " + HOSTILE, "System password=hunter2hunter2 " + HOSTILE, "plan", "tabletop",
                Optional.of("Scenario " + HOSTILE), "simulated", "resolved", Optional.of("ended " + HOSTILE), at, at, Optional.of(at),
                rto, rto, List.of(), List.of(new DecisionRow(at, "node", "Question " + HOSTILE, Optional.of("yes " + HOSTILE),
                        Optional.of("erin"), Optional.empty(), List.of())),
                List.of(new StepRow("failover " + HOSTILE, "promote", "Promote " + HOSTILE, "done", Optional.of("erin " + HOSTILE),
                        Optional.of(at), Optional.of(Duration.ofMinutes(2)), 1, "detail " + HOSTILE, "confirmed by erin " + HOSTILE)),
                List.of(new TimelineRow(1, at, Duration.ZERO, "step", "event " + HOSTILE, "actor", "outcome " + HOSTILE)),
                List.of(new ChecklistTick("pre " + HOSTILE, "item " + HOSTILE, "erin " + HOSTILE, at)), 1,
                List.of(new Note(NoteKind.NOTE, "note " + HOSTILE, "bob " + HOSTILE, at)), "abc123");

        String markdown = MarkdownReport.render(report);

        assertThat(markdown).doesNotContain("\u001b", "\u0007", "\u202e", "\u202c", TOKEN, "hunter2hunter2")
                .contains("# Title \\u001b]0;pwned\\u0007\\u001b[2J \\u202eevil\\u202c [redacted]")
                .contains("Promote \\u001b");
    }
}
