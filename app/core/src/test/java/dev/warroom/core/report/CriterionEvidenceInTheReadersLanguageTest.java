package dev.warroom.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warroom.core.report.words.ReportWords;
import dev.warroom.core.text.TextLanguage;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A drill criterion's evidence as the engine records it (an --auto run's "not judged", why the journal could not measure
 * it, the lag it read at a promotion) read in the reader's language, old journals' too; a person's own evidence, and
 * the ids, times and durations in the engine's, stay as recorded.
 */
class CriterionEvidenceInTheReadersLanguageTest {

    private static final RecordedWords ZH_TW = new RecordedWords(ReportWords.of(TextLanguage.TRADITIONAL_CHINESE));
    private static final RecordedWords ZH_CN = new RecordedWords(ReportWords.of(TextLanguage.SIMPLIFIED_CHINESE));
    private static final RecordedWords EN = new RecordedWords(ReportWords.of(TextLanguage.ENGLISH));

    private static final List<String> ENGINES = List.of(
            "not judged: an --auto run has no facilitator to ask",
            "the criterion names no metric: the facilitator judges it",
            "a custom criterion: the journal cannot measure it, the facilitator judges it",
            "not measured yet: the incident has not recovered",
            "the incident was aborted before it recovered (incident.aborted 04:12): the journal holds no recovery time",
            "not measured yet: no promotion has started",
            "the journal records no replica lag at a promotion: no database.promote step started before the incident was aborted",
            "the journal records no replica lag at a promotion (no database.promote step started): the facilitator judges it",
            "step.started promote-dr 01:30: replica lag 3s at promotion",
            "replica lag 3s at promotion",
            "step.started promote-dr 01:30: replica lag 3s at promotion; the criterion has no max to judge it by");

    @Test
    void theEnginesEvidenceReadsInChineseWithItsIdsTimesAndDurationsKept() {
        assertThat(ZH_TW.criterionEvidence("not judged: an --auto run has no facilitator to ask")).isEqualTo("未評定：--auto 執行沒有主持人可詢問");
        assertThat(ZH_CN.criterionEvidence("not judged: an --auto run has no facilitator to ask")).isEqualTo("未评定：--auto 运行没有主持人可询问");
        assertThat(ZH_TW.criterionEvidence("step.started promote-dr 01:30: replica lag 3s at promotion; the criterion has no max to judge it by"))
                .isEqualTo("step.started promote-dr 01:30：提升時的副本延遲為 3s；此標準沒有上限可據以評定");
        assertThat(ZH_TW.criterionEvidence("the incident was aborted before it recovered (incident.aborted 04:12): the journal holds no recovery time"))
                .isEqualTo("事件在復原前已中止（incident.aborted 04:12）：日誌中沒有復原時間");
        for (RecordedWords chinese : List.of(ZH_TW, ZH_CN)) {
            assertThat(ENGINES).allSatisfy(recorded -> assertThat(chinese.criterionEvidence(recorded)).as(recorded)
                    .doesNotContainPattern("\\b(the|not|judged|facilitator|journal|replica|promotion|criterion)\\b"));
        }
    }

    @Test
    void aPersonsEvidenceStaysAsSaidAndEnglishStaysAsRecorded() {
        assertThat(ZH_TW.criterionEvidence("the apps came back by themselves at 10:04")).isEqualTo("the apps came back by themselves at 10:04");
        assertThat(ENGINES).allSatisfy(recorded -> assertThat(EN.criterionEvidence(recorded)).isEqualTo(recorded));
    }
}
