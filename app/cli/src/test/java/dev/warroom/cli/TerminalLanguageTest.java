package dev.warroom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warroom.core.text.TextLanguage;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The terminal shows a plan's text in one language, chosen by --lang, and prints it as UTF-8 whatever the locale. */
class TerminalLanguageTest {

    private static final String HAN = ".*\\p{IsHan}.*";

    @TempDir
    Path dir;

    @Test
    void inEnglishTheTerminalShowsTheEnglishTitlesAndNoneOfTheChineseOnes() {
        CliRun run = Incidents.autoRun(dir.resolve("incident.jsonl"), "--lang", "en");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("— Scenario 4: Azure region failure (East US) —", "Procedure started: Full regional failover to West Europe",
                "Done: Authorization check", "Answered Is automatic recovery possible within 15 minutes?: No");
        // what a person was asked is quoted as asked: the plan's go/no-go prompts have no English text
        assertThat(run.out().lines().filter(line -> line.matches(HAN) && !line.contains("asked '"))).as("lines with Chinese text")
                .isEmpty();
    }

    @Test
    void inTheLanguageOfThePlanTheTerminalShowsItsOwnTitlesOnly() {
        CliRun run = Incidents.autoRun(dir.resolve("incident.jsonl"), "--lang", "zh-TW");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("— 場景 4: 整個 Azure 區域故障 (East US) —", "Procedure started: 完全故障轉移", "Done: 確認執行授權",
                "Answered 自動恢復可能?: 否", "Incident resolved — 服務在 DR 站點運行");
        assertThat(run.out()).doesNotContain("Authorization check", "Full regional failover", "Azure region failure",
                "Services are running in the DR site");
    }

    @Test
    void aLanguageWarRoomCannotShowIsAUsageErrorInWords() {
        CliRun run = Incidents.autoRun(dir.resolve("incident.jsonl"), "--lang", "klingon");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--lang wants one of en, zh-TW, zh-CN, not 'klingon'");
        assertThat(dir.resolve("incident.jsonl")).doesNotExist();
    }

    @Test
    void theSystemLocaleChoosesUnlessItIsTheCLocaleWhichNamesNoLanguage() {
        assertThat(SystemLanguage.of(Map.of("LANG", "zh_TW.UTF-8")::get, Locale.TAIWAN)).contains(TextLanguage.TRADITIONAL_CHINESE);
        assertThat(SystemLanguage.of(Map.of("LANG", "zh_CN.UTF-8")::get, Locale.CHINA)).contains(TextLanguage.SIMPLIFIED_CHINESE);
        assertThat(SystemLanguage.of(Map.of("LC_ALL", "en_GB.UTF-8", "LANG", "zh_TW.UTF-8")::get, Locale.UK)).contains(TextLanguage.ENGLISH);
        assertThat(SystemLanguage.of(Map.of("LC_ALL", "C")::get, Locale.US)).isEmpty();
        assertThat(SystemLanguage.of(Map.of("LANG", "C.UTF-8")::get, Locale.US)).isEmpty();
        assertThat(SystemLanguage.of(Map.<String, String>of()::get, Locale.US)).isEmpty();
        assertThat(SystemLanguage.of(Map.of("LANG", "de_DE.UTF-8")::get, Locale.GERMANY)).isEqualTo(Optional.empty());
    }

    @Test
    void underTheCLocaleTheTerminalPrintsThePlansOwnTitlesInUtf8() throws Exception {
        Path journal = dir.resolve("incident.jsonl");
        Path output = dir.resolve("run.out");

        Process run = new CliProcess(dir, Map.of("LC_ALL", "C", "LANG", "C", "LC_CTYPE", "C"))
                .start(output, "run", Incidents.plan().toString(), "--mode", "tabletop", "--auto", "--journal", journal.toString(),
                        "--seed", Incidents.SEED);

        assertThat(run.waitFor(2, java.util.concurrent.TimeUnit.MINUTES)).as("the run returned").isTrue();
        String printed = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(Files.readAllBytes(output))).toString();
        assertThat(run.exitValue()).as(printed).isZero();
        assertThat(printed).contains("Done: 確認執行授權", "Procedure started: 完全故障轉移").doesNotContain("Done: ???");
    }
}
