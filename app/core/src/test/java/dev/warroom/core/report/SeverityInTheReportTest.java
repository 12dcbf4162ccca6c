package dev.warroom.core.report;

import static dev.warroom.core.report.DocumentQueries.table;
import static dev.warroom.core.report.DocumentQueries.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.warroom.core.incident.EventTypes;
import dev.warroom.core.incident.IncidentEvent;
import dev.warroom.core.plan.load.PlanLoader;
import dev.warroom.core.plan.model.Plan;
import dev.warroom.core.report.doc.JournalCheck;
import dev.warroom.core.report.doc.Mark;
import dev.warroom.core.report.doc.ReportDocument;
import dev.warroom.core.report.doc.Table;
import dev.warroom.core.text.TextLanguage;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An Auto Video incident held to the "major" level (RTO 4h, RPO 1h) and recovered after two hours: the report names
 * the level with its targets, and judges the RTO met against the level's 4h, not missed against the plan's overall 1h.
 */
class SeverityInTheReportTest {

    private static final Instant OPENED = Instant.parse("2026-12-07T01:00:00Z");
    private static final JournalCheck SOUND = new JournalCheck("ab".repeat(32), true, "");

    private static Plan autoVideo() {
        return new PlanLoader().load(Path.of(System.getProperty("warroom.root", "../.."), "plans", "auto-video.yaml")).plan().orElseThrow();
    }

    private static List<IncidentEvent> heldTo(String level, String rto, String rpo) {
        ObjectNode opened = JsonNodeFactory.instance.objectNode().put("plan", "auto-video").put("mode", "tabletop")
                .put("scenario", "database-failure").put("impactStartedAt", OPENED.toString()).put("rtoTarget", rto).put("rpoTarget", rpo);
        if (!level.isEmpty()) {
            opened.put("severity", level);
        }
        return List.of(new IncidentEvent(1, OPENED, "alice", EventTypes.OPENED, opened),
                new IncidentEvent(2, OPENED.plus(Duration.ofHours(2)), "alice", EventTypes.RESOLVED, JsonNodeFactory.instance.objectNode()));
    }

    private static ReportDocument build(List<IncidentEvent> events, TextLanguage language) {
        return ReportDocuments.build(new ReportInput(autoVideo(), events, SOUND, ReportTemplates.builtIn("incident", language), language));
    }

    @Test
    void theReportNamesTheLevelAndJudgesRtoAgainstItsTarget() {
        ReportDocument doc = build(heldTo("major", "4h", "1h"), TextLanguage.ENGLISH);
        assertThat(text(doc)).contains("Major failure (major) — RTO 4h, RPO 1h")
                .contains("judged against the targets of the severity level chosen when the incident opened, Major failure (major) (RTO 4h, RPO 1h)");
        Table objectives = table(doc, RecoverySection.OBJECTIVES_TABLE);
        assertThat(objectives.rows().get(0).get(1).text()).isEqualTo("4h");
        assertThat(objectives.rows().get(0).get(3).mark()).isEqualTo(Mark.GOOD);
    }

    @Test
    void theSameRecoveryHeldToTheCriticalLevelMissesItsRto() {
        ReportDocument doc = build(heldTo("critical", "1h", "15m"), TextLanguage.ENGLISH);
        Table objectives = table(doc, RecoverySection.OBJECTIVES_TABLE);
        assertThat(objectives.rows().get(0).get(1).text()).isEqualTo("1h");
        assertThat(objectives.rows().get(0).get(3).mark()).isEqualTo(Mark.BAD);
    }

    @Test
    void theLevelIsNamedInTheReportsLanguage() {
        assertThat(text(build(heldTo("major", "4h", "1h"), TextLanguage.TRADITIONAL_CHINESE))).contains("嚴重等級").contains("重大故障");
        assertThat(text(build(heldTo("major", "4h", "1h"), TextLanguage.SIMPLIFIED_CHINESE))).contains("严重等级");
    }

    @Test
    void anIncidentWithoutALevelKeepsThePlansWords() {
        ReportDocument doc = build(heldTo("", "1h", "15m"), TextLanguage.ENGLISH);
        assertThat(text(doc)).contains("judged against the plan's targets (RTO 1h, RPO 15m)").doesNotContain("Severity");
    }
}
