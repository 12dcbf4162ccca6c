package dev.warroom.importer.markdown;

import dev.warroom.importer.draft.DurationText;
import dev.warroom.importer.words.ImportText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * YAML and JSON blocks that describe a plan section, mapped best effort by their top-level keys: a {@code scenario}
 * becomes a scenario, {@code *_site} a site, {@code *backup*} backups, {@code drill*} a drill. Anything else is left to
 * the caller to keep as reference.
 */
final class StructuredBlockReader {

    private static final int MAX_BLOCK_CHARS = 256 * 1024;
    private static final java.util.regex.Pattern PHASE_KEY = java.util.regex.Pattern.compile(
            "步骤|步驟|階段|阶段|^\\d|(?i:step|phase|stage)");

    private static final java.util.regex.Pattern QUOTED_WITH_TAIL = java.util.regex.Pattern.compile(
            "^(\\s*[^\\s#:][^:]*:\\s+)(\"[^\"]*\"\\s+[^#\\s].*)$", java.util.regex.Pattern.MULTILINE);

    private final PlanDraft draft;
    private final TeamBlockReader team;

    StructuredBlockReader(PlanDraft draft) {
        this.draft = draft;
        this.team = new TeamBlockReader(draft);
    }

    /** Maps the block if it describes a section; false when it does not (or does not parse). */
    boolean read(String code, String context, int from, int to) {
        Optional<Map<String, Object>> parsed = parse(code);
        if (parsed.isEmpty()) {
            return false;
        }
        Map<String, Object> root = parsed.get();
        if (root.get("scenario") instanceof String name) {
            scenario(name, root, context, from, to);
            return true;
        }
        if (root.size() == 1) {
            String key = String.valueOf(root.keySet().iterator().next()).toLowerCase(Locale.ROOT);
            Object value = root.values().iterator().next();
            if (TeamBlockReader.describesCommunication(key, value)) {
                team.communication(key, (Map<?, ?>) value, from, to);
                return true;
            }
            if (TeamBlockReader.describesOnCall(key, value)) {
                team.onCall(key, (Map<?, ?>) value, from, to);
                return true;
            }
            if (TeamBlockReader.describesContactsWithEscalation(key, value)) {
                team.contactsWithEscalation((Map<?, ?>) value, from, to);
                return true;
            }
            if (key.endsWith("_site") && value instanceof Map<?, ?> site) {
                site(key, site, context, from, to);
                return true;
            }
            if (key.contains("backup") && value instanceof Map<?, ?> kinds) {
                backups(key, kinds, context, from, to);
                return true;
            }
            if (key.contains("drill") && value instanceof Map<?, ?> drill) {
                drill(key, drill, context, from, to);
                return true;
            }
        }
        return false;
    }

    private void scenario(String name, Map<String, Object> root, String context, int from, int to) {
        Map<String, Object> scenario = new LinkedHashMap<>();
        scenario.put("id", draft.ids.allocate("scenario", name, "scenario"));
        scenario.put("title", draft.text(context.isEmpty() ? name : context, from));
        scenario.put("titleEn", draft.text(name, from));
        scenario.put("type", draft.ids.allocate("scenario-type", name, "scenario"));
        text(root.get("impact")).ifPresent(v -> scenario.put("impact", draft.text(v, from)));
        list(root.get("detection")).ifPresent(v -> scenario.put("detection", v));
        list(root.get("automatic_response")).ifPresent(v -> scenario.put("automaticResponse", v));
        text(root.get("recovery_time")).flatMap(DurationText::parse).ifPresent(v -> scenario.put("recoveryTime", v));
        text(root.get("data_loss")).ifPresent(v -> scenario.put("dataLoss", draft.text(v, from)));
        text(root.get("manual_intervention")).ifPresent(v -> scenario.put("manualIntervention", draft.text(v, from)));
        text(root.get("recovery_time")).ifPresent(v -> scenario.put("strategy", draft.text("recovery time: " + v, from)));
        draft.scenarios.add(scenario);
        draft.mapped(from, to, ImportText.of("what.yaml-block", "scenario"), "scenarios[" + scenario.get("id") + "]");
    }

    private void site(String key, Map<?, ?> site, String context, int from, int to) {
        Map<String, Object> drafted = new LinkedHashMap<>();
        drafted.put("id", draft.ids.claim("site-or-resource", key.replace("_site", "")));
        drafted.put("title", draft.text(context.isEmpty() ? key : context, from));
        drafted.put("role", key.startsWith("primary") ? "primary" : key.startsWith("dr") || key.contains("secondary") ? "dr" : "standby");
        text(site.get("region")).ifPresent(v -> drafted.put("region", v));
        text(site.get("purpose")).ifPresent(v -> drafted.put("purpose", draft.text(v, from)));
        drafted.put("notes", flatten(site, from));
        draft.documentSites.add(drafted);
        draft.mapped(from, to, ImportText.of("what.yaml-block", key), ImportText.of("became.site", "sites[" + drafted.get("id") + "]"));
    }

    private void backups(String key, Map<?, ?> kinds, String context, int from, int to) {
        for (Map.Entry<?, ?> entry : kinds.entrySet()) {
            Map<String, Object> backup = new LinkedHashMap<>();
            String name = key + " " + entry.getKey();
            backup.put("id", draft.ids.allocate("backup", name.replace('_', ' '), "backup"));
            backup.put("title", draft.text((context.isEmpty() ? "" : context + " ") + entry.getKey(), from));
            if (entry.getValue() instanceof Map<?, ?> fields) {
                text(fields.get("frequency")).ifPresent(v -> backup.put("frequency", draft.text(v, from)));
                text(fields.get("retention")).ifPresent(v -> backup.put("retention", draft.text(v, from)));
                text(fields.get("method")).or(() -> text(fields.get("type"))).ifPresent(v -> backup.put("method", draft.text(v, from)));
                text(fields.get("storage")).or(() -> text(fields.get("target"))).ifPresent(v -> backup.put("destination", draft.text(v, from)));
                text(fields.get("verification")).ifPresent(v -> backup.put("verification", draft.text(v, from)));
                backup.put("notes", flatten(fields, from));
            } else {
                text(entry.getValue()).ifPresent(v -> backup.put("notes", List.of(draft.text(v, from))));
            }
            draft.backups.add(backup);
            draft.mapped(from, to, ImportText.of("what.yaml-block", key + "." + entry.getKey()), "backups[" + backup.get("id") + "]");
        }
    }

    private void drill(String key, Map<?, ?> fields, String context, int from, int to) {
        Map<String, Object> drill = new LinkedHashMap<>();
        String name = text(fields.get("name")).orElse(key);
        drill.put("id", draft.ids.allocate("drill", name, "drill"));
        drill.put("type", drillType(name + " " + context));
        drill.put("title", draft.text(context.isEmpty() ? name : context, from));
        if (!context.isEmpty()) {
            drill.put("titleEn", draft.text(name, from));
        }
        text(fields.get("date")).ifPresent(v -> drill.put("date", v));
        text(fields.get("duration")).flatMap(DurationText::parse).ifPresent(v -> drill.put("duration", v));
        list(fields.get("participants")).ifPresent(v -> drill.put("participants", v));
        list(fields.get("scenario")).ifPresent(v -> drill.put("activities", v));
        list(fields.get("success_criteria")).ifPresent(v -> drill.put("goal", String.join("; ", v)));
        DrillDetails.add(draft, drill, fields, from);
        draft.drills.add(drill);
        draft.mapped(from, to, ImportText.of("what.yaml-block", key), "drills[" + drill.get("id") + "]");
    }

    private static String drillType(String words) {
        String w = words.toLowerCase(Locale.ROOT);
        if (w.contains("region") || w.contains("full") || w.contains("區域") || w.contains("区域")) {
            return "full-failover";
        }
        if (w.contains("backup") || w.contains("restore") || w.contains("備份") || w.contains("备份")) {
            return "backup-restore";
        }
        if (w.contains("tabletop") || w.contains("桌面")) {
            return "tabletop";
        }
        return "component-failure";
    }

    /** Every leaf as a {@code key.path: value} line, so nothing of the block is lost. */
    private List<String> flatten(Map<?, ?> map, int line) {
        List<String> lines = new ArrayList<>();
        flatten("", map, lines, line, 0);
        return lines;
    }

    private void flatten(String prefix, Object value, List<String> into, int line, int depth) {
        if (depth > 20) {
            into.add(draft.text(prefix + ": " + value, line));
        } else if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> flatten(prefix.isEmpty() ? String.valueOf(k) : prefix + "." + k, v, into, line, depth + 1));
        } else if (value instanceof List<?> list) {
            list.forEach(v -> flatten(prefix, v, into, line, depth + 1));
        } else {
            into.add(draft.text(prefix + ": " + value, line));
        }
    }

    private Optional<List<String>> list(Object value) {
        if (value instanceof List<?> list && !list.isEmpty()) {
            return Optional.of(list.stream().map(String::valueOf).map(v -> draft.text(v, 0)).toList());
        }
        return text(value).map(List::of);
    }

    private static Optional<String> text(Object value) {
        return value == null || value instanceof Map || value instanceof List ? Optional.empty() : Optional.of(String.valueOf(value));
    }

    /**
     * The phases of a block such as {@code data_recovery: {步骤1_评估: [...], 步骤2_隔离: [...]}}: every key names a step or
     * phase and lists text; empty when the block is not such a list.
     */
    static Optional<Map<String, List<String>>> phasedSteps(String code) {
        Optional<Map<String, Object>> parsed = parse(code);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        Map<?, ?> phases = parsed.get();
        if (phases.size() == 1 && phases.values().iterator().next() instanceof Map<?, ?> inner) {
            phases = inner;
        }
        Map<String, List<String>> steps = new LinkedHashMap<>();
        for (Map.Entry<?, ?> entry : phases.entrySet()) {
            String key = String.valueOf(entry.getKey());
            if (!PHASE_KEY.matcher(key).find() || !(entry.getValue() instanceof List<?> items)
                    || items.stream().anyMatch(i -> i instanceof Map || i instanceof List)) {
                return Optional.empty();
            }
            steps.put(key, items.stream().map(String::valueOf).toList());
        }
        return steps.size() >= 2 ? Optional.of(steps) : Optional.empty();
    }

    /**
     * The block as YAML; a block that fails only because a value is a quoted string followed by a remark
     * ({@code channel: "#incident" (Slack)}, as people write) is read again with such values taken as plain text.
     */
    static Optional<Map<String, Object>> parse(String code) {
        if (code.length() > MAX_BLOCK_CHARS) {
            return Optional.empty();
        }
        Optional<Map<String, Object>> strict = load(code);
        if (strict.isPresent() || !QUOTED_WITH_TAIL.matcher(code).find()) {
            return strict;
        }
        return load(QUOTED_WITH_TAIL.matcher(code).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(
                m.group(1) + "'" + m.group(2).strip().replace("'", "''") + "'")));
    }

    @SuppressWarnings("unchecked")
    private static Optional<Map<String, Object>> load(String code) {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(20);
        options.setNestingDepthLimit(40);
        options.setCodePointLimit(MAX_BLOCK_CHARS);
        options.setAllowDuplicateKeys(true);
        try {
            Object loaded = new Yaml(new SafeConstructor(options)).load(code);
            return loaded instanceof Map<?, ?> map ? Optional.of((Map<String, Object>) map) : Optional.empty();
        } catch (RuntimeException notYaml) {
            return Optional.empty();
        }
    }
}
