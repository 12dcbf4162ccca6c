package dev.warroom.core.incident;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warroom.core.report.ReportDocuments;
import dev.warroom.core.report.ReportInput;
import dev.warroom.core.report.ReportTemplates;
import dev.warroom.core.report.TimelineWords;
import dev.warroom.core.report.doc.Cell;
import dev.warroom.core.report.doc.JournalCheck;
import dev.warroom.core.report.doc.ReportSection;
import dev.warroom.core.report.doc.Table;
import dev.warroom.core.report.words.ReportWords;
import dev.warroom.core.text.TextLanguage;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Why a step's condition applied or not, as the engine judged it in a real run, reads in the timeline's language
 * (繁體 or 简体): the resource's state, a step's outcome, "not …"; ids and a connector's problem stay as recorded, and
 * English reads exactly as the journal records it.
 */
class ConditionJudgementsInTheTimelinesLanguageTest {

    @TempDir
    Path dir;

    private static List<String> outcomes(ParamsRig rig, String type, TextLanguage language) {
        TimelineWords words = new TimelineWords(ParamsRig.plan(), language, ReportWords.of(language));
        return rig.events(type).stream().map(e -> e.text("step") + " " + words.describe(e).orElseThrow().outcome()).toList();
    }

    @Test
    void aPromotionPassedOverBecauseTheEastDatabaseAnswersReadsInChinese() throws Exception {
        try (ParamsRig rig = ParamsRig.open(dir.resolve("j.jsonl"), "west-lag")) {
            rig.drive(new Autopilot());

            assertThat(outcomes(rig, EventTypes.STEP_SKIPPED, TextLanguage.ENGLISH))
                    .contains("tell-dba condition not met: step 'promote' skipped, not succeeded");
            assertThat(outcomes(rig, EventTypes.STEP_SKIPPED, TextLanguage.TRADITIONAL_CHINESE))
                    .contains("tell-dba 條件不成立：步驟「promote」已略過，而非已成功")
                    .anyMatch(o -> o.startsWith("promote 條件不成立：資源「db-east」可連線，正常"));
            assertThat(outcomes(rig, EventTypes.STEP_SKIPPED, TextLanguage.SIMPLIFIED_CHINESE))
                    .contains("tell-dba 条件不成立：步骤“promote”已跳过，而非已成功");
            assertThat(outcomes(rig, EventTypes.STEP_CONDITION, TextLanguage.TRADITIONAL_CHINESE))
                    .hasSize(3).noneMatch(o -> o.matches(".*\\b(resource|step|signal|parameter|reachable|is|not)\\b.*"));
        }
    }

    @Test
    void aChineseReportsStepsTableSaysWhyAStepWasPassedOverInChinese() throws Exception {
        try (ParamsRig rig = ParamsRig.open(dir.resolve("j.jsonl"), "west-lag")) {
            rig.drive(new Autopilot());

            assertThat(tableCells(rig, TextLanguage.ENGLISH)).contains("condition not met: step 'promote' skipped, not succeeded");
            assertThat(tableCells(rig, TextLanguage.TRADITIONAL_CHINESE)).contains("條件不成立：步驟「promote」已略過，而非已成功")
                    .noneMatch(text -> text.contains("condition not met"));
        }
    }

    private static List<String> tableCells(ParamsRig rig, TextLanguage language) {
        var doc = ReportDocuments.build(new ReportInput(ParamsRig.plan(), rig.incident.events(), new JournalCheck("ab".repeat(32), true, ""),
                ReportTemplates.builtIn("incident", language), language));
        return doc.sections().stream().flatMap(ConditionJudgementsInTheTimelinesLanguageTest::withSubsections)
                .flatMap(s -> s.blocks().stream()).filter(Table.class::isInstance).map(Table.class::cast)
                .flatMap(t -> t.rows().stream()).flatMap(List::stream).map(Cell::text).toList();
    }

    private static Stream<ReportSection> withSubsections(ReportSection section) {
        return Stream.concat(Stream.of(section), section.subsections().stream().flatMap(ConditionJudgementsInTheTimelinesLanguageTest::withSubsections));
    }

    @Test
    void aGlobalSwitchPassedOverBecauseTheEastDatabaseIsUnreachableKeepsTheProblemAsRecorded() throws Exception {
        try (ParamsRig rig = ParamsRig.open(dir.resolve("j.jsonl"), "east-outage")) {
            rig.drive(new Autopilot());

            String english = outcomes(rig, EventTypes.STEP_CONDITION, TextLanguage.ENGLISH).get(0);
            String chinese = outcomes(rig, EventTypes.STEP_CONDITION, TextLanguage.TRADITIONAL_CHINESE).get(0);
            String problem = english.substring(english.indexOf("(unreachable: ") + "(unreachable: ".length(), english.lastIndexOf(')'));

            assertThat(english).startsWith("switch-global resource 'db-east' is unreachable (unreachable: ");
            assertThat(chinese).isEqualTo("switch-global 資源「db-east」無法連線：" + problem + "，而非可連線");
        }
    }
}
