package dev.warroom.importer.markdown;

import dev.warroom.core.plan.catalog.ResourceKind;
import dev.warroom.core.plan.catalog.ResourceKinds;
import dev.warroom.core.secret.SecretText;
import dev.warroom.importer.ImportWarning;
import dev.warroom.importer.MappingLine;
import dev.warroom.importer.commands.ProposedResource;
import dev.warroom.importer.draft.IdAllocator;
import dev.warroom.importer.words.ImportText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The plan being drafted, section by section, in the plan file's own shape (maps and lists), with what became what and
 * the warnings. Every text put in passes through the secret redaction, so a credential in the document never reaches
 * the draft.
 */
final class PlanDraft {

    final IdAllocator ids = new IdAllocator();
    final Map<String, Object> targets = new LinkedHashMap<>();
    final List<Map<String, Object>> services = new ArrayList<>();
    final List<Map<String, Object>> severities = new ArrayList<>();
    final List<String> targetNotes = new ArrayList<>();
    final Map<String, Map<String, Object>> sites = new LinkedHashMap<>();
    final List<Map<String, Object>> documentSites = new ArrayList<>();
    final List<Map<String, Object>> procedures = new ArrayList<>();
    final List<Map<String, Object>> checklists = new ArrayList<>();
    final List<Map<String, Object>> scenarios = new ArrayList<>();
    final List<Map<String, Object>> backups = new ArrayList<>();
    final List<Map<String, Object>> drills = new ArrayList<>();
    final List<Map<String, Object>> contacts = new ArrayList<>();
    final List<Map<String, Object>> roles = new ArrayList<>();
    final Map<String, Object> escalation = new LinkedHashMap<>();
    final Map<String, Object> communication = new LinkedHashMap<>();
    final List<Map<String, Object>> degradationLevels = new ArrayList<>();
    final List<Map<String, Object>> reportTemplates = new ArrayList<>();
    final List<Map<String, Object>> reference = new ArrayList<>();
    final List<MappingLine> mapping = new ArrayList<>();
    final List<ImportWarning> warnings = new ArrayList<>();

    private final Map<String, Map<String, Object>> proceduresByKey = new HashMap<>();
    private final Map<String, Map<String, Object>> checklistsByKey = new HashMap<>();
    private final Map<String, Map<String, Object>> referenceByKey = new HashMap<>();
    private final Map<ProposedResource, String> resourceIds = new HashMap<>();
    private final Map<String, List<String>> keptLines = new LinkedHashMap<>();

    void mapped(int from, int to, ImportText what, ImportText became) {
        mapping.add(new MappingLine(from, to, what, became));
    }

    /** What became a place in the plan that needs no words of its own: a path such as {@code escalation.path}. */
    void mapped(int from, int to, ImportText what, String path) {
        mapped(from, to, what, ImportText.verbatim(path));
    }

    void warn(int line, String key, Object... args) {
        warnings.add(new ImportWarning(line, 0, ImportText.of(key, args)));
    }

    /** The document's text with anything that looks like a credential replaced, warning where it was. */
    String text(String text, int line) {
        String redacted = SecretText.redact(text);
        if (!redacted.equals(text)) {
            warn(line, "warning.credential", SecretText.MARK);
        }
        return redacted;
    }

    /** The procedure for {@code key} (a heading or a script), created with {@code title} the first time. */
    Map<String, Object> procedure(String key, String title, String source) {
        return proceduresByKey.computeIfAbsent(key, k -> {
            Map<String, Object> procedure = new LinkedHashMap<>();
            procedure.put("id", ids.allocate("procedure", title, "procedure"));
            procedure.put("title", title);
            if (source != null) {
                procedure.put("source", source);
            }
            procedure.put("steps", new ArrayList<Map<String, Object>>());
            procedures.add(procedure);
            return procedure;
        });
    }

    /** Adds a step (its id made unique in the procedure) and returns its path in the plan. */
    @SuppressWarnings("unchecked")
    String addStep(Map<String, Object> procedure, Map<String, Object> step, String idWords) {
        step.put("id", ids.allocate("step:" + procedure.get("id"), idWords, "step"));
        List<Map<String, Object>> steps = (List<Map<String, Object>>) procedure.get("steps");
        steps.add(reorder(step));
        return "procedures[" + procedure.get("id") + "].steps[" + step.get("id") + "]";
    }

    /** The list under {@code key} of a section map (escalation.path, communication.channels…), created when first needed. */
    @SuppressWarnings("unchecked")
    static List<Object> listOf(Map<String, Object> section, String key) {
        return (List<Object>) section.computeIfAbsent(key, k -> new ArrayList<>());
    }

    /** The checklist of one phase under one heading. */
    Map<String, Object> checklist(String key, String phase, String title) {
        return checklistsByKey.computeIfAbsent(key + "\n" + phase, k -> {
            Map<String, Object> checklist = new LinkedHashMap<>();
            checklist.put("id", ids.allocate("checklist", title, phase + "-checklist"));
            checklist.put("phase", phase);
            checklist.put("title", title);
            checklist.put("items", new ArrayList<Map<String, Object>>());
            checklists.add(checklist);
            return checklist;
        });
    }

    @SuppressWarnings("unchecked")
    String addChecklistItem(Map<String, Object> checklist, String title, int line) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("id", ids.allocate("item:" + checklist.get("id"), title, "item"));
        item.put("title", text(title, line));
        ((List<Map<String, Object>>) checklist.get("items")).add(item);
        return "checklists[" + checklist.get("id") + "].items[" + item.get("id") + "]";
    }

    /** Keeps a block verbatim in the reference section of its heading, with a warning; returns where it went. */
    @SuppressWarnings("unchecked")
    String keep(String headingKey, String headingTitle, String verbatim, int from, int to, ImportText what) {
        Map<String, Object> section = referenceByKey.computeIfAbsent(headingKey, k -> {
            Map<String, Object> created = new LinkedHashMap<>();
            created.put("id", ids.allocate("reference", headingTitle, "section"));
            created.put("title", headingTitle);
            created.put("items", new ArrayList<String>());
            reference.add(created);
            return created;
        });
        List<String> items = (List<String>) section.get("items");
        items.add(text(verbatim, from));
        String became = "reference[" + section.get("id") + "].items[" + (items.size() - 1) + "]";
        mapped(from, to, what, ImportText.of("became.kept", became));
        keptLines.computeIfAbsent((String) section.get("id"), k -> new ArrayList<>()).add(from == to ? "" + from : from + "-" + to);
        return became;
    }

    /** One warning per reference section, naming the lines it keeps because they map to no plan section. */
    void warnAboutKeptBlocks() {
        keptLines.forEach((id, lines) -> warn(Integer.parseInt(lines.get(0).split("-")[0]), "warning.kept-lines", String.join(", ", lines),
                "reference[" + id + "]"));
    }

    /**
     * The resource a command names, created (in a site of its provider) the first time; empty when its kind is unknown
     * or the command did not give the observe keys the kind needs.
     */
    Optional<String> resource(ProposedResource proposed) {
        String known = resourceIds.get(proposed);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<ResourceKind> kind = ResourceKinds.find(proposed.kind());
        if (kind.isEmpty() || !proposed.observe().keySet().containsAll(kind.get().requiredObserve())) {
            return Optional.empty();
        }
        String id = ids.claim("site-or-resource", proposed.id());
        Map<String, Object> resource = new LinkedHashMap<>();
        resource.put("id", id);
        resource.put("kind", proposed.kind());
        resource.put("title", proposed.observe().getOrDefault("name", proposed.id()));
        Map<String, Object> observe = new LinkedHashMap<>();
        proposed.observe().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> observe.put(e.getKey(), SecretText.redact(e.getValue())));
        resource.put("observe", observe);
        siteFor(proposed.kind()).computeIfAbsent("resources", k -> new ArrayList<Map<String, Object>>());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> resources = (List<Map<String, Object>>) siteFor(proposed.kind()).get("resources");
        resources.add(resource);
        resourceIds.put(proposed, id);
        return Optional.of(id);
    }

    private Map<String, Object> siteFor(String kind) {
        String provider = kind.startsWith("azure") ? "azure" : kind.startsWith("aws") ? "aws"
                : kind.startsWith("k8s") || kind.startsWith("kube") ? "kubernetes" : "other";
        return sites.computeIfAbsent(provider, p -> {
            Map<String, Object> site = new LinkedHashMap<>();
            site.put("id", ids.claim("site-or-resource", p + "-resources"));
            site.put("title", switch (p) {
                case "azure" -> "Azure resources the document's commands name";
                case "aws" -> "AWS resources the document's commands name";
                case "kubernetes" -> "Kubernetes resources the document's commands name";
                default -> "Resources the document's commands name";
            });
            site.put("role", "primary");
            if (!p.equals("other")) {
                site.put("provider", p);
            }
            site.put("notes", new ArrayList<>(List.of("Drafted by warroom import: set each resource's site and role.")));
            return site;
        });
    }

    /** id first, then type and title, then the rest, as people write plans. */
    private static Map<String, Object> reorder(Map<String, Object> step) {
        Map<String, Object> ordered = new LinkedHashMap<>();
        for (String key : List.of("id", "type", "title")) {
            if (step.containsKey(key)) {
                ordered.put(key, step.get(key));
            }
        }
        step.forEach(ordered::putIfAbsent);
        return ordered;
    }
}
