package dev.warroom.core.report;

import com.fasterxml.jackson.databind.JsonNode;
import dev.warroom.core.plan.load.PlanJson;
import dev.warroom.core.plan.load.YamlDocuments;
import dev.warroom.core.plan.model.Plan;
import dev.warroom.core.plan.model.ReportTemplate;
import dev.warroom.core.text.SafeText;
import dev.warroom.core.text.TextLanguage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The report templates a report may use: the built-in ones ({@link ReportTemplate#BUILT_IN_IDS}) and the
 * plan's own. A built-in template exists in each report language ({@code drill.en.yaml},
 * {@code drill.zh-TW.yaml}, {@code drill.zh-CN.yaml} on the classpath): the same sections and field ids,
 * with headings and labels in that language (and the English beside them in {@code titleEn} and
 * {@code labelEn}). A plan's own template is written once, in the plan's language, and shows its English
 * text in an English report. Thread-safe; built-in templates are read once per language.
 */
public final class ReportTemplates {

    private static final String FOLDER = "templates/";
    private static final List<String> FILE_LANGUAGES = List.of("en", "zh-TW", "zh-CN");
    private static final Map<String, ReportTemplate> BUILT_IN = new ConcurrentHashMap<>();

    private ReportTemplates() {
    }

    /** The built-in templates, in the report language (English for a language WarRoom has no words for). */
    public static List<ReportTemplate> builtIns(TextLanguage language) {
        return ReportTemplate.BUILT_IN_IDS.stream().map(id -> builtIn(id, language)).toList();
    }

    /** The built-in template {@code id} in the report language; {@code id} is one of {@link ReportTemplate#BUILT_IN_IDS}. */
    public static ReportTemplate builtIn(String id, TextLanguage language) {
        if (!ReportTemplate.BUILT_IN_IDS.contains(id)) {
            throw new IllegalArgumentException("no built-in report template '" + id + "'");
        }
        String file = id + "." + fileLanguage(language) + ".yaml";
        return BUILT_IN.computeIfAbsent(file, ReportTemplates::read);
    }

    /** The names {@code --template} accepts for this plan: the built-in ones, then the plan's own, in its order. */
    public static List<String> names(Plan plan) {
        List<String> names = new ArrayList<>(ReportTemplate.BUILT_IN_IDS);
        plan.reportTemplates().stream().map(ReportTemplate::id).filter(id -> !names.contains(id)).forEach(names::add);
        return List.copyOf(names);
    }

    /**
     * The template {@code name} chooses for a report of {@code plan}: a built-in one (in the report language) or
     * one of the plan's own. Case and surrounding spaces do not matter.
     *
     * @throws UnknownTemplateException when there is none of that name; its message lists the choices
     */
    public static ReportTemplate forName(Plan plan, String name, TextLanguage language) {
        String wanted = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        if (ReportTemplate.BUILT_IN_IDS.contains(wanted)) {
            return builtIn(wanted, language);
        }
        return planTemplate(plan, wanted).orElseThrow(() -> unknown(plan, name));
    }

    /**
     * The template a report uses when none is asked for: the plan's own that is {@code defaultFor} a drill (or an
     * incident), else the built-in drill (or incident) template in the report language.
     */
    public static ReportTemplate defaultFor(Plan plan, boolean drill, TextLanguage language) {
        return plan.reportTemplates().stream()
                .filter(template -> template.isDefaultFor(drill))
                .findFirst()
                .orElseGet(() -> builtIn(drill ? ReportTemplate.FOR_DRILL : ReportTemplate.FOR_INCIDENT, language));
    }

    private static Optional<ReportTemplate> planTemplate(Plan plan, String id) {
        return plan.reportTemplates().stream().filter(template -> template.id().equals(id)).findFirst();
    }

    private static UnknownTemplateException unknown(Plan plan, String name) {
        List<String> own = plan.reportTemplates().stream().map(ReportTemplate::id).toList();
        StringBuilder message = new StringBuilder("no report template '").append(SafeText.forId(name == null ? "" : name))
                .append("': choose one of the built-in ").append(String.join(", ", ReportTemplate.BUILT_IN_IDS));
        if (own.isEmpty()) {
            message.append(" (plan '").append(SafeText.forId(plan.id())).append("' has no templates of its own)");
        } else {
            message.append(", or one of plan '").append(SafeText.forId(plan.id())).append("': ")
                    .append(String.join(", ", own.stream().map(SafeText::forId).toList()));
        }
        return new UnknownTemplateException(message.toString(), names(plan));
    }

    private static String fileLanguage(TextLanguage language) {
        if (language == null || language.english()) {
            return "en";
        }
        return FILE_LANGUAGES.stream().filter(tag -> tag.equalsIgnoreCase(language.tag())).findFirst().orElse("en");
    }

    private static ReportTemplate read(String file) {
        try (InputStream in = ReportTemplates.class.getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new IllegalStateException("built-in report template missing from the classpath: " + FOLDER + file);
            }
            JsonNode tree = YamlDocuments.read(file, in.readAllBytes());
            return PlanJson.mapper().treeToValue(tree, ReportTemplate.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the built-in report template " + file + ": " + e.getMessage(), e);
        }
    }
}
