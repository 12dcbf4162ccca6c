package dev.warroom.core.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.warroom.core.report.RecordedWords;
import dev.warroom.core.report.words.ReportWords;
import dev.warroom.core.text.TextLanguage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Why the engine refuses a command (the room shows its words under the step or the decision) reads in the room's
 * language: a checklist item ticked twice or not in the plan, a note or an abort without words, a step command with no
 * procedure running, an answer not offered, a parameter given twice or that does not fit, a step in the wrong state, the
 * drill clock. Ids and values stay as written; English reads exactly as the engine said it.
 */
class CommandRefusalsInTheReadersLanguageTest {

    private static final Pattern ENGLISH_SENTENCE = Pattern.compile("\\b[A-Za-z]{2,}\\s+[a-z]{2,}\\b");
    private static final RecordedWords ZH_TW = new RecordedWords(ReportWords.of(TextLanguage.TRADITIONAL_CHINESE));
    private static final RecordedWords ZH_CN = new RecordedWords(ReportWords.of(TextLanguage.SIMPLIFIED_CHINESE));
    private static final RecordedWords EN = new RecordedWords(ReportWords.of(TextLanguage.ENGLISH));

    @TempDir
    Path dir;

    @Test
    void theEnginesOwnRefusalsReadInChineseWithTheirIdsAsWritten() throws Exception {
        List<String> refusals = new ArrayList<>();
        try (IncidentRig rig = IncidentRig.open(dir.resolve("journal.jsonl"))) {
            rig.incident.tick("pre-failover", "dr-healthy", "erin");
            refusals.add(refusal(() -> rig.incident.tick("pre-failover", "dr-healthy", "frank")));
            refusals.add(refusal(() -> rig.incident.tick("pre-failover", "coffee", "frank")));
            refusals.add(refusal(() -> rig.incident.note(NoteKind.ISSUE, " ", "bob")));
            refusals.add(refusal(() -> rig.incident.abort(" ", "bob")));
            refusals.add(refusal(() -> rig.incident.retry("bob")));
            refusals.add(refusal(() -> rig.incident.answer("maybe", "bob")));
            refusals.add(refusal(() -> rig.incident.setParameter("nowhere", "region", "east", "bob")));
        }
        assertThat(refusals).contains("'pre-failover/dr-healthy' is already ticked", "no checklist item 'pre-failover/coffee'",
                "a note needs some text", "no step to retry: no procedure is running");

        for (String refused : refusals) {
            assertThat(EN.reason(refused)).isEqualTo(refused);
            for (RecordedWords chinese : List.of(ZH_TW, ZH_CN)) {
                String said = chinese.reason(refused);
                assertThat(said).as(refused).isNotEqualTo(refused).doesNotContain("⟦");
                assertThat(ENGLISH_SENTENCE.matcher(said).find()).as(said).isFalse();
            }
        }
        assertThat(ZH_TW.reason("'pre-failover/dr-healthy' is already ticked")).isEqualTo("「pre-failover/dr-healthy」已經勾選");
        assertThat(ZH_CN.reason("no step to retry: no procedure is running")).isEqualTo("没有可重试的步骤：没有正在执行的程序");
    }

    @Test
    void aParameterAStepsStateAndTheDrillClockReadInChinese() {
        assertThat(ZH_TW.reason("parameter 'region' is already set to 'east'")).isEqualTo("參數「region」已設為「east」");
        assertThat(ZH_TW.reason("'west 2' is not a value for parameter 'region': it must match [a-z]+ (e.g. east)"))
                .isEqualTo("「west 2」不是參數「region」可用的值：必須符合 [a-z]+（例如 east）");
        assertThat(ZH_CN.reason("'west 2' is not a value for parameter 'region': it must match [a-z]+"))
                .isEqualTo("“west 2”不是参数“region”可用的值：必须符合 [a-z]+");
        assertThat(ZH_TW.reason("step 'promote-db' is failed; only a proposed go/no-go can be refused"))
                .isEqualTo("步驟「promote-db」已失敗；只有已提議的 go/no-go 決定可以拒絕");
        assertThat(ZH_TW.reason("step 'promote-db' is awaiting check, not of unknown outcome")).isEqualTo("步驟「promote-db」等待檢查，並非結果不明");
        assertThat(ZH_TW.reason("the incident is resolved, not at a decision")).isEqualTo("事件目前已解決，不在決策點");
        assertThat(ZH_TW.reason("the drill clock is already paused")).isEqualTo("演練時鐘已經暫停");
        assertThat(ZH_CN.reason("this run's clock is virtual (an automatic run: its time moves with the events): it cannot be sped up or slowed down"))
                .isEqualTo("此次运行的时钟是虚拟的（自动运行：时间随事件推进）：无法加速或减速");
        assertThat(ZH_TW.reason("in LIVE time is real: its speed cannot change")).isEqualTo("LIVE 使用真實時間：無法改變速度");
    }

    private interface Command {
        void run() throws Exception;
    }

    private static String refusal(Command command) {
        return catchThrowableOfType(command::run, IncidentStateException.class).getMessage();
    }
}
