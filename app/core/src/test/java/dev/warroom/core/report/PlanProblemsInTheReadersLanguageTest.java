package dev.warroom.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warroom.core.plan.validate.PlanValidation;
import dev.warroom.core.plan.validate.Problem;
import dev.warroom.core.report.words.ReportWords;
import dev.warroom.core.text.TextLanguage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A plan check's problems read in the reader's language: the file, line and column as the validator wrote them, the
 * severity and the recurring messages translated, ids and values as written; a message of another shape stays English.
 */
class PlanProblemsInTheReadersLanguageTest {

    private static final RecordedWords ZH_TW = new RecordedWords(ReportWords.of(TextLanguage.TRADITIONAL_CHINESE));
    private static final RecordedWords ZH_CN = new RecordedWords(ReportWords.of(TextLanguage.SIMPLIFIED_CHINESE));
    private static final RecordedWords EN = new RecordedWords(ReportWords.of(TextLanguage.ENGLISH));

    private static List<String> problemsOf(String yaml) {
        return new PlanValidation().validate("broken.yaml", yaml.getBytes(StandardCharsets.UTF_8)).problems().stream()
                .map(Problem::format).toList();
    }

    private static String validPlan() throws IOException {
        return Files.readString(Path.of("../../plans/ai-workflow.yaml"));
    }

    @Test
    void theValidatorsWordsOnAnUnknownPropertyAndABadDurationReadInChineseWithTheLocationKept() throws IOException {
        String broken = validPlan().replaceFirst("\nsystem:", "\nsystemz: x\nsystem:").replaceFirst("rto: \\S+", "rto: 45 minutes");

        List<String> problems = problemsOf(broken);

        assertThat(problems).anySatisfy(p -> assertThat(p).matches("broken\\.yaml:\\d+:1: error: unknown property 'systemz' \\(did you mean 'system'\\?\\)"));
        assertThat(problems.stream().map(ZH_TW::problem)).anySatisfy(p -> assertThat(p).matches("broken\\.yaml:\\d+:1：錯誤：未知的屬性「systemz」（是否是指「system」？）"))
                .anySatisfy(p -> assertThat(p).matches("broken\\.yaml:\\d+:\\d+：錯誤：rto：「45 minutes」不是時間長度：請寫數字加單位.*"));
        assertThat(problems.stream().map(ZH_CN::problem)).anySatisfy(p -> assertThat(p).matches("broken\\.yaml:\\d+:1：错误：未知的属性“systemz”（是否是指“system”？）"));
        assertThat(problems.stream().map(EN::problem)).containsExactlyElementsOf(problems);
    }

    @Test
    void anUnknownNodeAndAShellStepReadInChinese() throws IOException {
        String broken = validPlan().replaceFirst("next: ", "next: nowhere-");

        List<String> problems = problemsOf(broken).stream().map(ZH_TW::problem).toList();

        assertThat(problems).anySatisfy(p -> assertThat(p).matches("broken\\.yaml:\\d+:\\d+：錯誤：未知的節點「nowhere-.*」（是否是指「.*」？）"))
                .anySatisfy(p -> assertThat(p).matches("broken\\.yaml:\\d+:\\d+：警告：步驟「.*」會在指揮官的電腦上執行 shell 命令"));
    }

    @Test
    void aLiveBlockerAMissingPropertyAndASchemaCommentReadInChineseAndAnUnknownShapeStaysAsWritten() {
        assertThat(ZH_TW.problem("p.yaml:3:5: warning: step 'x' runs a shell command on the commander's machine (blocks DRILL and LIVE)"))
                .isEqualTo("p.yaml:3:5：警告：步驟「x」會在指揮官的電腦上執行 shell 命令（會擋下 DRILL 與 LIVE）");
        assertThat(ZH_CN.problem("p.yaml:1:1: error: missing required property 'targets'")).isEqualTo("p.yaml:1:1：错误：缺少必填属性“targets”");
        assertThat(ZH_TW.problem("/tmp/p.yaml:1:33: warning: $schema comment: ./schema/plan.schema.json is not there relative to this plan, so "
                + "an editor can neither complete nor check it; write it there with: warroom schema --out /tmp/schema/plan.schema.json"))
                .isEqualTo("/tmp/p.yaml:1:33：警告：$schema 註解：./schema/plan.schema.json 不在此計劃的相對位置，編輯器無法補全或檢查；"
                        + "以此命令寫到那裡：warroom schema --out /tmp/schema/plan.schema.json");
        assertThat(ZH_TW.problem("p.yaml:9:3: error: a rare message no pattern knows")).isEqualTo("p.yaml:9:3：錯誤：a rare message no pattern knows");
        assertThat(ZH_TW.problem("p.yaml: the plan could not be checked")).isEqualTo("p.yaml：無法檢查此計劃");
        assertThat(ZH_CN.problem("p.yaml: cannot be loaded")).isEqualTo("p.yaml：无法加载");
        assertThat(ZH_TW.problem("not a problem line")).isEqualTo("not a problem line");
    }
}
