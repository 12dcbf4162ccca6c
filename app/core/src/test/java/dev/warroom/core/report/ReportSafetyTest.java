package dev.warroom.core.report;

import static dev.warroom.core.report.DocumentQueries.cell;
import static dev.warroom.core.report.DocumentQueries.table;
import static dev.warroom.core.report.DocumentQueries.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.warroom.core.incident.EventTypes;
import dev.warroom.core.incident.IncidentEvent;
import dev.warroom.core.incident.IncidentRig;
import dev.warroom.core.incident.NoteKind;
import dev.warroom.core.plan.load.PlanJson;
import dev.warroom.core.plan.model.Plan;
import dev.warroom.core.report.doc.JournalCheck;
import dev.warroom.core.report.doc.ReportDocument;
import dev.warroom.core.report.doc.Table;
import dev.warroom.core.report.doc.TableIds;
import dev.warroom.core.text.TextLanguage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report re-reads the plan, so whatever a plan's text holds reaches it; a plan edited after validation (or
 * carried by an old journal) and what the team typed into the journal still never put a token or a terminal
 * escape into the report document.
 */
class ReportSafetyTest {

    private static final String TOKEN = "ghp_abcdefghijklmnopqrstuvwxyz0123456789";
    private static final String HOSTILE = "\u001b]0;pwned\u0007\u001b[2J \u202eevil\u202c " + TOKEN;
    private static final String ESCAPED = "\\u001b]0;pwned\\u0007\\u001b[2J \\u202eevil\\u202c [redacted]";

    @TempDir
    Path dir;

    @Test
    void everyTextFromThePlanAndTheJournalIsRedactedAndItsControlCharactersEscaped() throws Exception {
        List<IncidentEvent> events;
        try (IncidentRig rig = IncidentRig.open(dir.resolve("journal.jsonl"))) {
            rig.incident.tick("pre-failover", "management-approval", "erin " + HOSTILE);
            rig.incident.note(NoteKind.NOTE, "note " + HOSTILE, "bob " + HOSTILE);
            rig.autopilotUntil("scale-api-gateway");
            rig.incident.abort("ended " + HOSTILE, "alice");
            events = new ArrayList<>(rig.events());
        }
        IncidentEvent opened = events.get(0);
        events.set(0, new IncidentEvent(opened.seq(), opened.time(), opened.actor(), EventTypes.OPENED,
                ((ObjectNode) opened.data().deepCopy()).put("title", "Title " + HOSTILE)));

        ReportDocument doc = ReportDocuments.build(new ReportInput(hostilePlan(), events, new JournalCheck("ab".repeat(32), true,
                "chain intact"), ReportTemplates.builtIn("incident", TextLanguage.ENGLISH), TextLanguage.ENGLISH));
        String text = text(doc);

        assertThat(text).doesNotContain("\u001b", "\u0007", "\u202e", "\u202c", TOKEN, "hunter2hunter2");
        assertThat(doc.title()).isEqualTo("Incident report: Title " + ESCAPED);
        assertThat(text).contains("System: System password=[redacted] " + ESCAPED, "Outcome: aborted — ended " + ESCAPED, "note " + ESCAPED + " — bob " + ESCAPED,
                "Question " + ESCAPED);
        Table steps = table(doc, TableIds.STEPS);
        assertThat(steps.rows()).extracting(r -> cell(steps, r, "Step").text()).contains("Promote " + ESCAPED);
        assertThat(table(doc, TableIds.TIMELINE).rows()).anySatisfy(r -> assertThat(r.get(3).text()).isEqualTo("erin " + ESCAPED));
    }

    /** The test plan with a secret and escapes in its system, the first question and the promotion step's title. */
    private static Plan hostilePlan() throws Exception {
        ObjectNode tree = PlanJson.mapper().valueToTree(IncidentRig.plan());
        tree.put("system", "System password=hunter2hunter2 " + HOSTILE);
        for (JsonNode node : tree.path("decisionTree").path("nodes")) {
            if (node.path("id").asText().equals("region-failure-detected")) {
                ((ObjectNode) node).put("question", "Question " + HOSTILE).remove("questionEn");
            }
        }
        for (JsonNode procedure : tree.path("procedures")) {
            for (JsonNode step : procedure.path("steps")) {
                if (step.path("id").asText().equals("promote-dr-db")) {
                    ((ObjectNode) step).put("title", "Promote " + HOSTILE).remove("titleEn");
                }
            }
        }
        return PlanJson.mapper().treeToValue(tree, Plan.class);
    }
}
