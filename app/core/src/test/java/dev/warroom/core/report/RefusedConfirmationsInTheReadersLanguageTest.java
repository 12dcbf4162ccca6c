package dev.warroom.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warroom.core.report.words.ReportWords;
import dev.warroom.core.text.TextLanguage;
import org.junit.jupiter.api.Test;

/**
 * A confirmation the engine refuses (the console shows its words under the step) reads in the room's language: a
 * destructive step's target name typed wrong, a value still missing, a step already running. Ids, the target's name and
 * what the person typed stay as written; English reads exactly as the engine said it.
 */
class RefusedConfirmationsInTheReadersLanguageTest {

    private static final String TYPED_WRONG = "destructive step 'promote-db': type the target name 'db-dr' exactly to confirm (you typed 'db-d')";

    @Test
    void aTargetNameTypedWrongAMissingValueAndARunningStepReadInChinese() {
        RecordedWords zhTw = new RecordedWords(ReportWords.of(TextLanguage.TRADITIONAL_CHINESE));
        RecordedWords zhCn = new RecordedWords(ReportWords.of(TextLanguage.SIMPLIFIED_CHINESE));

        assertThat(zhTw.reason(TYPED_WRONG)).isEqualTo("破壞性步驟「promote-db」：須準確輸入目標名稱「db-dr」才能確認（你輸入的是「db-d」）");
        assertThat(zhCn.reason("destructive step 'promote-db': type the target name 'db-dr' exactly to confirm"))
                .isEqualTo("破坏性步骤“promote-db”：须准确输入目标名称“db-dr”才能确认");
        assertThat(zhTw.reason("step 'scale-up' needs a value for replicas: give it before confirming"))
                .isEqualTo("步驟「scale-up」需要 replicas 的值：請在確認前提供");
        assertThat(zhCn.reason("a step is already running")).isEqualTo("已有步骤正在执行");
        assertThat(new RecordedWords(ReportWords.of(TextLanguage.ENGLISH)).reason(TYPED_WRONG)).isEqualTo(TYPED_WRONG);
    }
}
