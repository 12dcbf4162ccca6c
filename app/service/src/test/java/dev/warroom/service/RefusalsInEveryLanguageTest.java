package dev.warroom.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.warroom.core.incident.Mode;
import dev.warroom.service.table.RequestTable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Why the service refuses to open or resume reaches a Chinese window in Chinese and the command line in English, word for
 * word as before: the three bundles hold the same keys with the same arguments, every key the service says is in them
 * (and every key in them is said), and real refusals read without an English sentence in either Chinese.
 */
class RefusalsInEveryLanguageTest {

    private static final String WORDS = "/dev/warroom/service/words/";
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d)");
    private static final Pattern KEY = Pattern.compile("\"((?:open|resume|amend)\\.[a-z.-]+)\"");
    private static final Pattern ENGLISH_WORDS = Pattern.compile("\\b(the|is|are|of|and|in|no|not|with|has|cannot|first|plays)\\s+[a-z]{2,}");
    private static final Locale[] CHINESE = {Locale.TRADITIONAL_CHINESE, Locale.SIMPLIFIED_CHINESE};

    @TempDir
    Path dir;

    private final IncidentService service = new IncidentService();

    @Test
    void everyLanguageHasEveryKeyWithTheSameArguments() throws IOException {
        Properties english = bundle("service.properties");
        for (String file : List.of("service_zh_TW.properties", "service_zh_CN.properties")) {
            Properties chinese = bundle(file);
            assertThat(chinese.stringPropertyNames()).as(file).isEqualTo(english.stringPropertyNames());
            for (String key : english.stringPropertyNames()) {
                assertThat(arguments(chinese.getProperty(key))).as(file + " " + key).isEqualTo(arguments(english.getProperty(key)));
            }
        }
    }

    @Test
    void theKeysTheServiceSaysAreTheKeysTheBundlesHold() throws IOException {
        Set<String> said = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java/dev/warroom/service"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher key = KEY.matcher(Files.readString(source, StandardCharsets.UTF_8));
                while (key.find()) {
                    said.add(key.group(1));
                }
            }
        }
        assertThat(said).isEqualTo(new TreeSet<>(bundle("service.properties").stringPropertyNames()));
    }

    @Test
    void refusalsToOpenReadInChineseAndInEnglishAsBefore() {
        Path plan = RequestTable.plan();
        RequestRefusedException unknownScenario = refused(() -> service.prepareOpen(request(Mode.TABLETOP, Optional.of("meteor-strike"))));
        assertThat(unknownScenario.getMessage()).startsWith("no scenario 'meteor-strike' in " + plan + "; the plan has: pod-crash, ");
        RequestRefusedException liveDrill = refused(() -> service.prepareOpen(request(Mode.LIVE, Optional.empty())
                .withDrill("db-primary-drill-q1")));
        assertThat(liveDrill.getMessage()).isEqualTo("drill 'db-primary-drill-q1' cannot run in LIVE: a drill runs in TABLETOP or DRILL");
        RequestRefusedException noDrill = refused(() -> service.prepareOpen(request(Mode.TABLETOP, Optional.empty()).withDrill("moon")));
        RequestRefusedException otherScenario = refused(() -> service.prepareOpen(request(Mode.TABLETOP, Optional.of("region-failure"))
                .withDrill("db-primary-drill-q1")));
        RequestRefusedException noLevel = refused(() -> service.prepareOpen(request(Mode.TABLETOP, Optional.empty()).withSeverity("sev-9")));

        for (RequestRefusedException refusal : List.of(unknownScenario, liveDrill, noDrill, otherScenario, noLevel)) {
            for (Locale chinese : CHINESE) {
                String said = refusal.text().in(chinese);
                assertThat(said).as(refusal.getMessage()).doesNotContain("⟦");
                assertThat(ENGLISH_WORDS.matcher(said).find()).as(said).isFalse();
            }
        }
        assertThat(unknownScenario.text().in(Locale.TRADITIONAL_CHINESE)).startsWith(plan + " 中沒有情境「meteor-strike」；此計劃有：pod-crash, ");
    }

    @Test
    void refusalsToResumeReadInChinese() throws IOException {
        Path missing = dir.resolve("gone.jsonl");
        RequestRefusedException noJournal = refused(() -> service.prepareResume(resume(missing)));
        assertThat(noJournal.getMessage()).isEqualTo(missing + ": no such journal");
        assertThat(noJournal.text().in(Locale.TRADITIONAL_CHINESE)).isEqualTo(missing + "：沒有這個日誌");
        assertThat(noJournal.text().in(Locale.SIMPLIFIED_CHINESE)).isEqualTo(missing + "：没有这个日志");

        Path broken = Files.writeString(dir.resolve("broken.yaml"), "formatVersion: 1\nid: Not Kebab\n", StandardCharsets.UTF_8);
        RequestRefusedException invalid = refused(() -> service.prepareOpen(OpenRequest.of(broken, Mode.DRILL, Optional.empty(),
                dir.resolve("x.jsonl"), "alice", ClockChoice.virtualTime())));
        assertThat(invalid.getMessage()).isEqualTo(broken + " does not validate; fix it first (warroom validate " + broken + ")");
        assertThat(invalid.text().in(Locale.TRADITIONAL_CHINESE)).isEqualTo(broken + " 未通過驗證；請先修正（warroom validate " + broken + "）");
        assertThat(invalid.details()).isNotEmpty();
    }

    private OpenRequest request(Mode mode, Optional<String> scenario) {
        return OpenRequest.of(RequestTable.plan(), mode, scenario, dir.resolve("incident.jsonl"), "alice", ClockChoice.virtualTime());
    }

    private static ResumeRequest resume(Path journal) {
        return new ResumeRequest(journal, Optional.empty(), "alice", ClockChoice.virtualTime(), false);
    }

    private interface Refusing {
        void run() throws Exception;
    }

    private static RequestRefusedException refused(Refusing request) {
        return catchThrowableOfType(() -> request.run(), RequestRefusedException.class);
    }

    private static Properties bundle(String file) throws IOException {
        Properties words = new Properties();
        try (InputStream in = RefusalsInEveryLanguageTest.class.getResourceAsStream(WORDS + file)) {
            words.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return words;
    }

    private static Set<String> arguments(String pattern) {
        Set<String> found = new TreeSet<>();
        Matcher m = ARGUMENT.matcher(pattern);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
