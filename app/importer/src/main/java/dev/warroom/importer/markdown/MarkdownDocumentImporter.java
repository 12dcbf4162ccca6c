package dev.warroom.importer.markdown;

import com.ibm.icu.text.Transliterator;
import dev.warroom.importer.DocumentImporter;
import dev.warroom.importer.ImportResult;
import dev.warroom.importer.ImportWarning;
import dev.warroom.importer.commands.CommandRecognizer;
import dev.warroom.importer.draft.PlanYaml;
import dev.warroom.importer.encoding.DecodedDocument;
import dev.warroom.importer.encoding.DocumentDecoder;
import dev.warroom.importer.mermaid.FlowchartReader;
import dev.warroom.importer.words.ImportText;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Document;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Imports a Markdown DR document: refuses what is too large, empty or binary; decodes it (repairing a garbled one);
 * reads it as CommonMark with GFM tables; maps each block to a plan section; and writes the draft plan's YAML.
 */
public final class MarkdownDocumentImporter implements DocumentImporter {

    private final DocumentDecoder decoder;
    private final Supplier<CommandRecognizer> recognizers;
    private final FlowchartReader flowcharts;

    /**
     * @param recognizers a new recognizer for each document: one remembers what earlier commands of its document
     *     selected (a Kubernetes context), as a shell would
     */
    public MarkdownDocumentImporter(DocumentDecoder decoder, Supplier<CommandRecognizer> recognizers, FlowchartReader flowcharts) {
        this.decoder = decoder;
        this.recognizers = recognizers;
        this.flowcharts = flowcharts;
    }

    @Override
    public ImportResult importFile(Path document) {
        String name = document.getFileName() == null ? document.toString() : document.getFileName().toString();
        try {
            if (Files.isDirectory(document)) {
                return refused(ImportText.of("refusal.folder", document.toString()));
            }
            long size = Files.size(document);
            if (size > MAX_DOCUMENT_BYTES) {
                return refused(tooLarge(name, size));
            }
            try (InputStream in = Files.newInputStream(document)) {
                byte[] bytes = in.readNBytes((int) MAX_DOCUMENT_BYTES + 1);
                return importBytes(bytes, name);
            }
        } catch (IOException e) {
            return refused(ImportText.of("refusal.unreadable", document.toString(), e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        }
    }

    @Override
    public ImportResult importBytes(byte[] document, String name) {
        Optional<ImportText> refusal = ImportRefusals.check(document, name);
        if (refusal.isPresent()) {
            return refused(refusal.get());
        }
        DecodedDocument decoded = decoder.decode(document, name);
        if (decoded.notText().isPresent()) {
            return refused(ImportText.of("refusal.not-text", decoded.notTextWords().get()));
        }
        if (decoded.text().isBlank()) {
            return refused(ImportText.of("refusal.blank", name));
        }
        if (ImportRefusals.looksBinary(decoded.text())) {
            return refused(ImportText.of("refusal.control-characters", name));
        }
        PlanDraft draft = new PlanDraft();
        SourceText source = new SourceText(decoded.text());
        Parser parser = Parser.builder().extensions(List.of(TablesExtension.create()))
                .includeSourceSpans(IncludeSourceSpans.BLOCKS).build();
        Node document_ = parser.parse(decoded.text());
        DocumentWalk walk = new DocumentWalk(draft, source, recognizers.get(), flowcharts);
        walk.walk((Document) document_, stem(name));
        walk.targets().completeOverall();
        draft.warnAboutKeptBlocks();
        EscalationRoles.link(draft);
        Map<String, Object> plan = assemble(draft, walk, decoded, name);
        String header = "Drafted by warroom import from " + name + " (" + decoded.encoding() + ").\n"
                + "Review it: destructive steps carry a verification marked (to fill), and reference holds what mapped nowhere.";
        List<ImportWarning> warnings = draft.warnings.stream().sorted(Comparator.comparingInt(ImportWarning::line)).toList();
        return new ImportResult(PlanYaml.write(plan, header), (String) plan.get("id"), decoded, draft.mapping, warnings, Optional.empty());
    }

    private Map<String, Object> assemble(PlanDraft draft, DocumentWalk walk, DecodedDocument decoded, String name) {
        String title = walk.documentTitle() == null ? stem(name) : walk.documentTitle();
        Map<String, Object> plan = new LinkedHashMap<>();
        plan.put("formatVersion", 1);
        plan.put("id", draft.ids.allocateName("plan", title, "imported-plan"));
        plan.put("system", title);
        Map<String, Object> sourceSection = new LinkedHashMap<>();
        sourceSection.put("document", title);
        sourceSection.put("file", name);
        sourceSection.put("language", language(decoded.text()));
        List<String> notes = new ArrayList<>(decoded.notes());
        notes.add(0, "Imported by warroom import; the text was " + decoded.encoding() + ".");
        sourceSection.put("notes", String.join(" ", notes));
        plan.put("source", sourceSection);
        Map<String, Object> targets = new LinkedHashMap<>(draft.targets);
        if (!draft.severities.isEmpty()) {
            targets.put("severities", draft.severities);
        }
        if (!draft.services.isEmpty()) {
            targets.put("services", draft.services);
        }
        if (!draft.targetNotes.isEmpty()) {
            targets.put("notes", draft.targetNotes);
        }
        plan.put("targets", targets);
        Map<String, Object> decisionTree = new DecisionTreeMaker(draft).make(walk.tree(), walk.treeLine(), walk.proceduresBeforeTree(),
                walk.furtherTrees());
        List<Map<String, Object>> sites = new ArrayList<>(draft.documentSites);
        sites.addAll(draft.sites.values());
        plan.put("sites", sites);
        putList(plan, "backups", draft.backups);
        putList(plan, "scenarios", draft.scenarios);
        plan.put("decisionTree", decisionTree);
        plan.put("procedures", draft.procedures);
        putList(plan, "checklists", draft.checklists);
        putList(plan, "drills", draft.drills);
        putList(plan, "roles", draft.roles);
        putList(plan, "contacts", draft.contacts);
        if (!draft.escalation.isEmpty()) {
            plan.put("escalation", draft.escalation);
        }
        if (!draft.communication.isEmpty()) {
            plan.put("communication", draft.communication);
        }
        putList(plan, "degradationLevels", draft.degradationLevels);
        putList(plan, "reportTemplates", draft.reportTemplates);
        putList(plan, "reference", draft.reference);
        EnglishTitles.add(plan);
        return plan;
    }

    private static void putList(Map<String, Object> plan, String key, List<Map<String, Object>> list) {
        if (!list.isEmpty()) {
            plan.put(key, list);
        }
    }

    /** zh-Hant when converting to Simplified changes the text, zh-Hans when the text is Chinese but does not change, else en. */
    private static String language(String text) {
        String sample = text.length() > 20_000 ? text.substring(0, 20_000) : text;
        String chinese = sample.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        if (chinese.length() < 10) {
            return "en";
        }
        String simplified = Transliterator.getInstance("Hant-Hans").transliterate(chinese);
        return simplified.equals(chinese) ? "zh-Hans" : "zh-Hant";
    }

    private static String stem(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    static ImportText tooLarge(String name, long size) {
        return ImportText.of("refusal.too-large", name, size / (1024 * 1024), MAX_DOCUMENT_BYTES / (1024 * 1024));
    }

    private static ImportResult refused(ImportText why) {
        return new ImportResult("", "", new DecodedDocument("", "not read", false, List.of(), List.of()), List.of(), List.of(),
                Optional.of(why));
    }
}
