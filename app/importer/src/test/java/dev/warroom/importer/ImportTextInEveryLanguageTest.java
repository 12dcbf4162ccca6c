package dev.warroom.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warroom.importer.markdown.DocumentImporters;
import dev.warroom.importer.words.ImportText;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What the importer says (warnings, what became what) reaches the console's Chinese window in Chinese: each bundle has
 * every key the English one has, with the same arguments, and importing a document gives no English sentence and no
 * missing key in either Chinese.
 */
class ImportTextInEveryLanguageTest {

    private static final Locale[] CHINESE = {Locale.TRADITIONAL_CHINESE, Locale.SIMPLIFIED_CHINESE};
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d)");
    private static final Pattern ENGLISH_WORDS = Pattern.compile("\\b(the|is|are|of|and|from|into|has|not|with|kept|left)\\s+[a-z]{2,}");

    @Test
    void everyLanguageHasEveryKeyWithTheSameArguments() throws IOException {
        Properties english = bundle("importer.properties");
        for (String file : List.of("importer_zh_TW.properties", "importer_zh_CN.properties")) {
            Properties chinese = bundle(file);
            assertThat(chinese.stringPropertyNames()).as(file).isEqualTo(english.stringPropertyNames());
            for (String key : english.stringPropertyNames()) {
                assertThat(arguments(chinese.getProperty(key))).as(file + " " + key).isEqualTo(arguments(english.getProperty(key)));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Seeds.class)
    void aSeedsWarningsAndMappingReadInChinese(Seeds seed) {
        ImportResult result = DocumentImporters.standard().importFile(seed.document());

        assertThat(result.warnings()).isNotEmpty();
        for (Locale locale : CHINESE) {
            for (ImportWarning warning : result.warnings()) {
                assertReadsIn(locale, warning.text(), warning.message());
            }
            for (MappingLine line : result.mapping()) {
                assertReadsIn(locale, line.whatText(), line.what());
                assertThat(line.becameText().in(locale)).doesNotContain("⟦");
                assertThat(ENGLISH_WORDS.matcher(line.becameText().in(locale)).find()).as(line.becameText().in(locale)).isFalse();
            }
        }
    }

    @Test
    void aFlowchartsWarningsReadInChinese(@TempDir Path dir) throws IOException {
        Path document = dir.resolve("loop.md");
        Files.writeString(document, """
                # Loop

                ```mermaid
                graph TD
                  A{Primary down?} -->|yes| B[Promote]
                  A --> C[Wait]
                  B --> D{Recovered?}
                  D -->|no| A
                  D -->|yes| E[Done]
                  subgraph X
                  end
                ```
                """);
        ImportResult result = DocumentImporters.standard().importFile(document);

        assertThat(result.warnings()).hasSizeGreaterThan(1);
        for (ImportWarning warning : result.warnings()) {
            assertReadsIn(Locale.TRADITIONAL_CHINESE, warning.text(), warning.message());
        }
    }

    @Test
    void aRefusalReadsInChinese() {
        byte[] noise = new byte[4096];
        new java.util.Random(7).nextBytes(noise);
        ImportResult binary = DocumentImporters.standard().importBytes(noise, "backup.bin");
        ImportResult empty = DocumentImporters.standard().importBytes(new byte[0], "empty.md");

        assertThat(binary.refusalWords()).hasValueSatisfying(why -> assertThat(why.in(Locale.TRADITIONAL_CHINESE))
                .startsWith("backup.bin 不是文字文件：前 4096 個位元組中有").endsWith("未匯入任何內容"));
        assertThat(binary.refusal()).hasValueSatisfying(why -> assertThat(why).startsWith("backup.bin is not a text document: ")
                .endsWith(": nothing imported"));
        assertThat(empty.refusalWords()).hasValueSatisfying(why -> assertThat(why.in(Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("empty.md 是空的：没有可导入的内容"));
    }

    @Test
    void englishIsWhatTheCommandLineAndTheMappingReportHave() {
        ImportText text = ImportText.of("warning.table-too-long", 2000);

        assertThat(text.english()).isEqualTo("a table of more than 2000 rows is not mapped");
        assertThat(text.in(Locale.TRADITIONAL_CHINESE)).isEqualTo("超過 2000 列的表格不會對應");
        assertThat(ImportText.of("what.checklist-item-in", ImportText.of("what.code-block", "yaml")).in(Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("```yaml 代码块中的检查清单项");
    }

    private static void assertReadsIn(Locale locale, ImportText text, String english) {
        String said = text.in(locale);
        assertThat(text.key()).as(english).isNotEqualTo("verbatim");
        assertThat(said).as(english).doesNotContain("⟦").isNotEqualTo(english);
        assertThat(ENGLISH_WORDS.matcher(said).find()).as(said).isFalse();
    }

    private static List<String> arguments(String pattern) {
        TreeSet<String> found = new TreeSet<>();
        Matcher m = ARGUMENT.matcher(pattern);
        while (m.find()) {
            found.add(m.group(1));
        }
        return new ArrayList<>(found);
    }

    private static Properties bundle(String file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ImportText.class.getResourceAsStream(file);
                java.io.Reader reader = new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
