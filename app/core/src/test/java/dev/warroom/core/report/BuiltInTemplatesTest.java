package dev.warroom.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warroom.core.plan.model.ReportTemplate;
import dev.warroom.core.plan.model.SectionContent;
import dev.warroom.core.plan.model.TemplateField;
import dev.warroom.core.plan.model.TemplateSection;
import dev.warroom.core.plan.validate.PlanValidation;
import dev.warroom.core.plan.validate.TestPlans;
import dev.warroom.core.text.TextLanguage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The built-in templates are plan-format templates, and their three languages are one template in three words. */
class BuiltInTemplatesTest {

    private static final List<TextLanguage> LANGUAGES = List.of(
            TextLanguage.ENGLISH, TextLanguage.TRADITIONAL_CHINESE, TextLanguage.SIMPLIFIED_CHINESE);

    static Stream<String> builtIns() {
        return ReportTemplate.BUILT_IN_IDS.stream();
    }

    static Stream<String> files() {
        return ReportTemplate.BUILT_IN_IDS.stream().flatMap(id -> Stream.of("en", "zh-TW", "zh-CN").map(tag -> id + "." + tag + ".yaml"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void eachFilePassesValidationAsAPlansOwnTemplate(String file) throws IOException {
        String template;
        try (InputStream in = ReportTemplates.class.getResourceAsStream("templates/" + file)) {
            assertThat(in).as("templates/%s on core's classpath", file).isNotNull();
            template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        // A plan may not take a built-in name, so the copy is renamed.
        String renamed = template.replaceFirst("(?m)^id: ", "id: copy-of-");
        String plan = Files.readString(TestPlans.minimal(), StandardCharsets.UTF_8)
                + "\nreportTemplates:\n" + renamed.indent(4).replaceFirst("^    ", "  - ");

        PlanValidation.Result result = new PlanValidation().validate(file, plan.getBytes(StandardCharsets.UTF_8));

        assertThat(result.problems()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("builtIns")
    void theThreeLanguagesHaveTheSameSectionsAndFieldIdsSoTheAuthorsEntriesCarryAcross(String id) {
        ReportTemplate english = ReportTemplates.builtIn(id, TextLanguage.ENGLISH);
        for (TextLanguage language : LANGUAGES) {
            ReportTemplate translated = ReportTemplates.builtIn(id, language);
            assertThat(translated.id()).isEqualTo(id);
            assertThat(shape(translated)).as(language.tag()).isEqualTo(shape(english));
            assertThat(translated.titleEn() == null ? translated.title() : translated.titleEn()).isEqualTo(english.title());
            assertThat(englishHeadings(translated)).as(language.tag()).isEqualTo(englishHeadings(english));
        }
        assertThat(ReportTemplates.builtIn(id, TextLanguage.TRADITIONAL_CHINESE).title())
                .isNotEqualTo(ReportTemplates.builtIn(id, TextLanguage.SIMPLIFIED_CHINESE).title())
                .isNotEqualTo(english.title());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("builtIns")
    void anEnglishReportShowsTheEnglishHeadingsOfAChineseBuiltInAsItWouldOfAPlansOwnTemplate(String id) {
        ReportTemplate english = ReportTemplates.builtIn(id, TextLanguage.ENGLISH);
        ReportTemplate traditional = ReportTemplates.builtIn(id, TextLanguage.TRADITIONAL_CHINESE);

        assertThat(TextLanguage.ENGLISH.pick(traditional.title(), traditional.titleEn())).isEqualTo(english.title());
        assertThat(TextLanguage.TRADITIONAL_CHINESE.pick(traditional.title(), traditional.titleEn())).isEqualTo(traditional.title());
    }

    @Test
    void theBuiltInsHoldWhatTheirReportsAreKnownFor() {
        assertThat(contents("incident")).containsExactly(SectionContent.SUMMARY, SectionContent.FIELDS, SectionContent.TIMELINE,
                SectionContent.DECISION_PATH, SectionContent.STEPS, SectionContent.CHECKLISTS, SectionContent.RECOVERY_OBJECTIVES,
                SectionContent.REPLICA_LAG,
                SectionContent.FIELD, SectionContent.FIELD, SectionContent.FIELD, SectionContent.ISSUES, SectionContent.ACTION_ITEMS,
                SectionContent.NOTES, SectionContent.SIGN_OFFS);
        assertThat(fieldIds("incident")).containsExactly("impact", "affected-users", "root-cause", "improvements", "lessons-learned",
                "incident-commander", "technical-lead", "service-owner");
        assertThat(contents("drill")).contains(SectionContent.RECOVERY_OBJECTIVES, SectionContent.DRILL_CRITERIA,
                SectionContent.INJECTS, SectionContent.CHECKLISTS, SectionContent.OBSERVATIONS, SectionContent.TABLE, SectionContent.HOT_WASH,
                SectionContent.ACTION_ITEMS, SectionContent.SIGN_OFFS);
        assertThat(fieldIds("drill")).containsSubsequence("description", "root-cause", "impact", "priority", "action",
                "improvement-suggestions", "conclusion");
        assertThat(contents("after-action")).containsSubsequence(SectionContent.SUMMARY, SectionContent.DRILL,
                SectionContent.OBJECTIVE_ANALYSIS, SectionContent.ACTION_ITEMS, SectionContent.PARTICIPANTS);
    }

    private static List<SectionContent> contents(String id) {
        return ReportTemplates.builtIn(id, TextLanguage.ENGLISH).sections().stream().map(TemplateSection::content).toList();
    }

    private static List<String> fieldIds(String id) {
        return ReportTemplates.builtIn(id, TextLanguage.ENGLISH).sections().stream()
                .flatMap(section -> section.fields().stream()).map(TemplateField::id).toList();
    }

    /** Section ids with their contents and field ids: everything but the words. */
    private static List<String> shape(ReportTemplate template) {
        return template.sections().stream()
                .map(s -> s.id() + ":" + s.content() + s.fields().stream().map(TemplateField::id).toList())
                .toList();
    }

    private static List<String> englishHeadings(ReportTemplate template) {
        return template.sections().stream()
                .flatMap(s -> Stream.concat(Stream.of(TextLanguage.ENGLISH.pick(s.title(), s.titleEn())),
                        s.fields().stream().map(f -> TextLanguage.ENGLISH.pick(f.label(), f.labelEn()))))
                .toList();
    }
}
