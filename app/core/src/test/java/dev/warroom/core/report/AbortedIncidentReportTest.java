package dev.warroom.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warroom.core.incident.IncidentRig;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An incident that never got to its end has no RTO to report, and the report says so instead of guessing. */
class AbortedIncidentReportTest {

    @TempDir
    Path dir;

    @Test
    void anAbortedIncidentShowsItsRtoAsNotMeasuredAndWhyItEnded() throws Exception {
        IncidentReport report;
        try (IncidentRig rig = IncidentRig.open(dir.resolve("journal.jsonl"))) {
            rig.autopilotUntil("scale-api-gateway");
            rig.incident.abort("East US is back; stop the failover", "alice");
            report = ReportBuilder.build(IncidentRig.plan(), rig.events(), rig.journal.lastEvent().orElseThrow().hash());
        }

        String markdown = MarkdownReport.render(report);

        assertThat(report.status()).isEqualTo("aborted");
        assertThat(report.rto().actual()).isEmpty();
        assertThat(report.rto().verdict()).isEqualTo(Metric.Verdict.NOT_MEASURED);
        assertThat(markdown).contains("| Outcome | aborted — East US is back; stop the failover |",
                "| RTO (impact → verified) | 1h30m | not measured | — |",
                "| verification | 15m | not measured | — |");
        assertThat(markdown).containsPattern("\\| RPO \\(replica lag at promotion\\) \\| 15m \\| [0-9.]+m?s \\| ✅ met \\|");
        assertThat(report.steps()).filteredOn(s -> s.step().equals("scale-api-gateway")).singleElement()
                .extracting(StepRow::status).isEqualTo("proposed");
    }
}
