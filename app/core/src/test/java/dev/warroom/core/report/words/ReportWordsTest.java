package dev.warroom.core.report.words;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warroom.core.text.TextLanguage;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Properties;
import java.time.Duration;
import java.util.Collections;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The report's own words exist in all three languages, with the same placeholders, and read as words, never as keys. */
class ReportWordsTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");

    static Stream<Locale> translations() {
        return Stream.of(Locale.TRADITIONAL_CHINESE, Locale.SIMPLIFIED_CHINESE);
    }

    /** The keys the language's own file holds (not those it would fall back to English for). */
    private static Set<String> ownKeys(Locale locale) {
        String file = locale.equals(Locale.ENGLISH) ? "report.properties" : "report_" + locale + ".properties";
        Properties words = new Properties();
        try (InputStream in = ReportWords.class.getResourceAsStream(file)) {
            assertThat(in).as(file).isNotNull();
            words.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new TreeSet<>(words.stringPropertyNames());
    }

    @ParameterizedTest
    @MethodSource("translations")
    void everyKeyExistsInEveryLanguageAndNoOtherDoes(Locale locale) {
        assertThat(ReportWords.load(locale).getLocale()).isEqualTo(locale);
        assertThat(ownKeys(locale)).isEqualTo(ownKeys(Locale.ENGLISH));
    }

    @ParameterizedTest
    @MethodSource("translations")
    void eachTranslationTakesTheSamePlaceholdersAsTheEnglish(Locale locale) {
        ResourceBundle english = ReportWords.load(Locale.ENGLISH);
        ResourceBundle translated = ReportWords.load(locale);
        for (String key : ownKeys(Locale.ENGLISH)) {
            assertThat(placeholders(translated.getString(key))).as(key).isEqualTo(placeholders(english.getString(key)));
            new MessageFormat(translated.getString(key), locale);
        }
    }

    @Test
    void wordsAreLookedUpByTheReportsLanguage() {
        assertThat(ReportWords.of(TextLanguage.ENGLISH).get("to-fill")).isEqualTo("to fill");
        assertThat(ReportWords.of(TextLanguage.TRADITIONAL_CHINESE).get("to-fill")).isEqualTo("待填寫");
        assertThat(ReportWords.of(TextLanguage.SIMPLIFIED_CHINESE).get("to-fill")).isEqualTo("待填写");
        assertThat(ReportWords.of(TextLanguage.ENGLISH).get("targets.plan", "1h30m", "15m"))
                .isEqualTo("RTO and RPO are judged against the plan's targets (RTO 1h30m, RPO 15m).");
        assertThat(ReportWords.of(TextLanguage.ENGLISH).get("language.converted")).contains("The plan's text");
        assertThat(ReportWords.of(TextLanguage.ENGLISH).get("no.such.key")).isEqualTo("⟦no.such.key⟧");
    }

    @Test
    void sentencesAreSpacedInEnglishAndFollowOneAnotherInChinese() {
        ReportWords english = ReportWords.of(TextLanguage.ENGLISH);
        assertThat(english.sentences("4 phases.", "", "1 without a budget.")).isEqualTo("4 phases. 1 without a budget.");
        assertThat(ReportWords.of(TextLanguage.TRADITIONAL_CHINESE).sentences("共 4 個階段。", "1 個沒有預算。"))
                .isEqualTo("共 4 個階段。1 個沒有預算。");
    }

    @Test
    void traditionalChineseWritesPlanOneWayAsTheConsoleDoes() {
        ResourceBundle traditional = ReportWords.load(Locale.TRADITIONAL_CHINESE);
        assertThat(ownKeys(Locale.TRADITIONAL_CHINESE)).filteredOn(key -> traditional.getString(key).contains("計畫")).isEmpty();
    }

    @Test
    void durationsAreWrittenInTheLanguagesUnits() {
        Duration d = Duration.ofMinutes(6).plusSeconds(33);
        assertThat(ReportWords.of(TextLanguage.ENGLISH).duration(d)).isEqualTo("6m33s");
        assertThat(ReportWords.of(TextLanguage.TRADITIONAL_CHINESE).duration(Duration.ofHours(1).plusMinutes(30))).isEqualTo("1小時30分");
        assertThat(ReportWords.of(TextLanguage.SIMPLIFIED_CHINESE).duration(Duration.ofHours(1).plusMinutes(30))).isEqualTo("1小时30分");
        assertThat(ReportWords.of(TextLanguage.ENGLISH).duration(Duration.ZERO)).isEqualTo("0s");
        assertThat(ReportWords.of(TextLanguage.ENGLISH).duration(Duration.ofMillis(250))).isEqualTo("250ms");
        assertThat(ReportWords.of(TextLanguage.ENGLISH).duration(Duration.ofSeconds(-90))).isEqualTo("-1m30s");
    }

    private static Set<String> placeholders(String pattern) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(pattern);
        while (m.find()) {
            found.add(m.group(1));
        }
        return Collections.unmodifiableSet(found);
    }
}
