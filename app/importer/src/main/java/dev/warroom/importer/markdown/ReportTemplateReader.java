package dev.warroom.importer.markdown;

import dev.warroom.importer.words.ImportText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A report template the document gives as a Markdown block ({@code # DR 演練報告} and its {@code ##} sections) becomes
 * one of the plan's report templates: each section filled from the journal where its heading says what it holds
 * (timeline, metrics, participants…), else a field for the author.
 */
final class ReportTemplateReader {

    private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(.+)$");

    private final PlanDraft draft;

    ReportTemplateReader(PlanDraft draft) {
        this.draft = draft;
    }

    /** A title heading and at least one section heading one level below it. */
    static boolean isTemplate(String code) {
        int top = topLevel(code);
        return top > 0 && code.lines().anyMatch(l -> level(l) == top + 1);
    }

    private static int topLevel(String code) {
        return code.lines().mapToInt(ReportTemplateReader::level).filter(l -> l > 0).min().orElse(0);
    }

    private static int level(String line) {
        Matcher heading = HEADING.matcher(line);
        return heading.matches() ? heading.group(1).length() : 0;
    }

    void read(String code, int firstLine, int to) {
        Map<String, Object> template = new LinkedHashMap<>();
        List<Map<String, Object>> sections = new ArrayList<>();
        String namespace = "template-section:" + draft.reportTemplates.size();
        List<String> lines = code.lines().toList();
        int top = topLevel(code);
        List<String> unplaced = new ArrayList<>();
        int unplacedFrom = 0;
        for (int i = 0; i < lines.size(); i++) {
            Matcher heading = HEADING.matcher(lines.get(i));
            int level = heading.matches() ? heading.group(1).length() : 0;
            if (level != top && level != top + 1) {
                continue;
            }
            String title = draft.text(heading.group(2).strip(), firstLine + i);
            String body = body(lines, i + 1, top);
            if (level == top && !template.containsKey("title")) {
                template.put("id", draft.ids.allocate("report-template", title, "report"));
                template.put("title", title);
                if (!body.isEmpty()) {
                    unplacedFrom = unplacedFrom == 0 ? firstLine + i : unplacedFrom;
                    unplaced.add(body);
                }
                continue;
            }
            Map<String, Object> section = new LinkedHashMap<>();
            String id = draft.ids.allocate(namespace, title, "section");
            section.put("id", id);
            section.put("title", title);
            String content = content(title);
            section.put("content", content);
            if (content.equals("field")) {
                Map<String, Object> field = new LinkedHashMap<>();
                field.put("id", draft.ids.claim(namespace + ":field", id + "-text"));
                field.put("label", title);
                if (!body.isEmpty()) {
                    field.put("hint", draft.text(body, firstLine + i));
                }
                section.put("fields", List.of(field));
            } else if (!body.isEmpty()) {
                unplacedFrom = unplacedFrom == 0 ? firstLine + i : unplacedFrom;
                unplaced.add(lines.get(i) + "\n" + body);
            }
            sections.add(section);
        }
        if (!template.containsKey("title")) {
            template.put("id", draft.ids.allocate("report-template", "report", "report"));
            template.put("title", "Report");
        }
        if (sections.isEmpty()) {
            return;
        }
        if (List.of("incident", "drill", "after-action").contains(template.get("id"))) {
            template.put("id", draft.ids.claim("report-template", template.get("id") + "-report"));
        }
        template.put("sections", sections);
        draft.reportTemplates.add(template);
        draft.mapped(firstLine, to, ImportText.of("what.report-template"), ImportText.of("became.report-template", "reportTemplates[" + template.get("id") + "]", sections.size()));
        if (!unplaced.isEmpty()) {
            draft.keep("report-template:" + template.get("id"), template.get("title") + " (as written)", String.join("\n\n", unplaced),
                    unplacedFrom, to, ImportText.of("what.report-template-filled"));
        }
    }

    /** The lines under a heading up to the next heading of the template's top two levels, trimmed; deeper headings included. */
    private static String body(List<String> lines, int start, int top) {
        int end = start;
        while (end < lines.size() && !(level(lines.get(end)) == top || level(lines.get(end)) == top + 1)) {
            end++;
        }
        return String.join("\n", lines.subList(start, end)).strip();
    }

    private static String content(String title) {
        String t = title.toLowerCase(Locale.ROOT);
        if (t.contains("時間線") || t.contains("时间线") || t.contains("timeline")) {
            return "timeline";
        }
        if (t.contains("指標") || t.contains("指标") || t.contains("metric") || t.contains("rto")) {
            return "recovery-objectives";
        }
        if (t.contains("基本") || t.contains("basic") || t.contains("summary") || t.contains("概要")) {
            return "summary";
        }
        if (t.contains("參與") || t.contains("参与") || t.contains("participant")) {
            return "participants";
        }
        if (t.contains("行動") || t.contains("行动") || t.contains("action")) {
            return "action-items";
        }
        return "field";
    }
}
