package dev.warroom.core.report;

import static dev.warroom.core.report.DocumentQueries.table;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warroom.core.incident.Autopilot;
import dev.warroom.core.incident.IncidentEvent;
import dev.warroom.core.incident.IncidentRig;
import dev.warroom.core.plan.load.PlanLoader;
import dev.warroom.core.plan.model.Plan;
import dev.warroom.core.report.doc.JournalCheck;
import dev.warroom.core.report.doc.ReportDocument;
import dev.warroom.core.report.doc.TableIds;
import dev.warroom.core.text.TextLanguage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A step the plan's author added beyond the source document says so in the report, in the report's language. */
class DerivedInTheReportTest {

    private static final JournalCheck INTACT = new JournalCheck("ab".repeat(32), true, "");

    @TempDir
    static Path dir;

    /** The failover steps the plan itself marks derived (issue 13: added beyond failover-to-dr.sh). */
    private static final List<String> DERIVED_IN_THE_PLAN = List.of("確認 DR 副本延遲在 RPO", "提升 Redis 異地副本為主節點",
            "Blob Storage 故障轉移到次要區域");

    private static List<IncidentEvent> events;
    private static Plan withDerivedStep;
    private static Plan withoutDerivedSteps;

    @BeforeAll
    static void runTheIncident() throws Exception {
        try (IncidentRig rig = IncidentRig.open(dir.resolve("journal.jsonl"))) {
            rig.clock.advance(Duration.ofSeconds(20));
            rig.driveToEnd(new Autopilot());
            events = rig.events();
        }
        String yaml = Files.readString(Path.of(System.getProperty("warroom.root", "../.."), "plans", "ai-workflow.yaml"),
                StandardCharsets.UTF_8);
        String step = "      - id: promote-dr-db\n        type: action\n";
        assertThat(yaml).contains(step);
        withDerivedStep = new PlanLoader().load("ai-workflow-derived.yaml",
                yaml.replace(step, step + "        derived: true\n").getBytes(StandardCharsets.UTF_8)).plan().orElseThrow();
        withoutDerivedSteps = new PlanLoader().load("ai-workflow-underived.yaml",
                yaml.replace("        derived: true\n", "").getBytes(StandardCharsets.UTF_8)).plan().orElseThrow();
    }

    private static List<String> steps(Plan plan, TextLanguage language) {
        ReportDocument doc = ReportDocuments.build(new ReportInput(plan, events, INTACT, ReportTemplates.builtIn("incident", language),
                language));
        return table(doc, TableIds.STEPS).rows().stream().map(row -> row.get(1).text()).toList();
    }

    @Test
    void aTraditionalChineseReportMarksTheDerivedStepInTraditionalChinese() {
        List<String> steps = steps(withDerivedStep, TextLanguage.TRADITIONAL_CHINESE);
        assertThat(steps).contains("提升 DR 數據庫為主節點 (衍生)");
        assertThat(steps).allSatisfy(title -> assertThat(title.contains("衍生"))
                .isEqualTo(title.startsWith("提升 DR 數據庫為主節點") || DERIVED_IN_THE_PLAN.stream().anyMatch(title::startsWith)));
        assertThat(steps).noneSatisfy(title -> assertThat(title).contains("derived"));
    }

    @Test
    void anEnglishReportSaysDerivedAndAPlanWithoutDerivedStepsSaysNothing() {
        assertThat(steps(withDerivedStep, TextLanguage.ENGLISH)).contains("Promote the DR database to primary (derived)");
        assertThat(steps(withoutDerivedSteps, TextLanguage.TRADITIONAL_CHINESE)).noneSatisfy(title -> assertThat(title).contains("衍生"));
    }
}
