package dev.warroom.importer.markdown;

import dev.warroom.importer.commands.CommandRecognizer;
import dev.warroom.importer.mermaid.FlowchartReader;
import dev.warroom.importer.mermaid.TreeDraft;
import dev.warroom.importer.words.ImportText;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.BulletList;
import org.commonmark.node.Document;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.ThematicBreak;

/**
 * Walks the document's blocks in order and sends each where it belongs in the draft: headings give the structure
 * (procedure, checklist and reference titles), and each block under them is read by what it is. What maps nowhere is
 * kept verbatim in the reference section of its heading.
 */
final class DocumentWalk {

    static final int MAX_TABLE_ROWS = 2000;
    private static final int MAX_LIST_ITEMS = 5000;
    private static final Set<String> SHELL = Set.of("bash", "sh", "shell", "zsh", "console", "shell-session", "powershell", "ps1", "pwsh");
    private static final Pattern PROCEDURAL = Pattern.compile(
            "步驟|步骤|流程|程序|程式|恢復|恢复|故障|切換|切换|轉移|转移|處置|处置|驗證|验证|回應|响应|應對|应对|操作|執行|执行"
                    + "|(?i:procedure|steps?|runbook|recover|restore|failover|failback|respon|playbook)");
    /** Lists of objectives set the plan's targets only under a heading about them (not, say, a list of DR tiers). */
    private static final Pattern TARGETS_HEADING = Pattern.compile("目標|目标|指標|指标|RTO|RPO|(?i:objective|target)");
    private static final Set<String> SQL = Set.of("sql", "psql", "postgresql", "postgres", "mysql", "plpgsql");
    private static final Set<String> STRUCTURED = Set.of("yaml", "yml", "json");
    private static final Set<String> NAMED_NODES = Set.of("what.node.block-quote", "what.node.html-block", "what.node.indented-code-block",
            "what.node.link-reference-definition");

    private final PlanDraft draft;
    private final SourceText source;
    private final FlowchartReader flowcharts;
    private final StepMaker steps;
    private final TargetReader targets;
    private final StructuredBlockReader structured;
    private final ReportTemplateReader templates;
    private final ContactTableReader contacts;
    private final TeamTableReader team;
    private final EscalationLadderTable ladder;
    private final DegradationLevelsReader degradation;
    private final List<FurtherFlowchart> furtherTrees = new ArrayList<>();
    private final TeamListReader teamLists;

    private String documentTitle;
    private String headingKey = "preamble";
    private String headingTitle;
    private String label;
    private int labelLine;
    private TreeDraft tree;
    private int treeLine;
    private int proceduresBeforeTree;

    DocumentWalk(PlanDraft draft, SourceText source, CommandRecognizer recognizer, FlowchartReader flowcharts) {
        this.draft = draft;
        this.source = source;
        this.flowcharts = flowcharts;
        this.steps = new StepMaker(recognizer, draft);
        this.targets = new TargetReader(draft);
        this.structured = new StructuredBlockReader(draft);
        this.templates = new ReportTemplateReader(draft);
        this.contacts = new ContactTableReader(draft);
        this.team = new TeamTableReader(draft);
        this.ladder = new EscalationLadderTable(draft);
        this.degradation = new DegradationLevelsReader(draft);
        this.teamLists = new TeamListReader(draft);
    }

    String documentTitle() {
        return documentTitle;
    }

    TreeDraft tree() {
        return tree;
    }

    /** The decision flowcharts after the first, in document order. */
    List<FurtherFlowchart> furtherTrees() {
        return List.copyOf(furtherTrees);
    }

    int treeLine() {
        return treeLine;
    }

    /** Where the flowchart's own procedures go among the others: at its place in the document. */
    int proceduresBeforeTree() {
        return proceduresBeforeTree;
    }

    TargetReader targets() {
        return targets;
    }

    void walk(Document document, String untitled) {
        headingTitle = untitled;
        for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
            int from = source.firstLine(block);
            int to = source.lastLine(block);
            if (block instanceof Heading heading) {
                flushLabel();
                heading(heading, from);
            } else if (block instanceof Paragraph) {
                paragraph(block, from, to);
            } else if (block instanceof BulletList) {
                bulletList(block, from, to);
            } else if (block instanceof OrderedList) {
                orderedList(block, from, to);
            } else if (block instanceof FencedCodeBlock code) {
                codeBlock(code, from, to);
            } else if (block instanceof TableBlock table) {
                table(table, from, to);
            } else if (block instanceof ThematicBreak) {
                draft.mapped(from, to, ImportText.of("what.horizontal-rule"), ImportText.of("became.nothing"));
            } else {
                flushLabel();
                draft.keep(headingKey, headingTitle, source.verbatim(block), from, to, kindOf(block));
            }
        }
        flushLabel();
    }

    private void heading(Heading heading, int line) {
        String text = SourceText.inline(heading);
        if (text.isEmpty()) {
            text = source.line(line).replaceFirst("^#+", "").strip();
        }
        if (heading.getLevel() == 1 && documentTitle == null) {
            documentTitle = draft.text(text, line);
            draft.mapped(line, line, ImportText.of("what.document-title"), ImportText.of("became.document-title"));
            return;
        }
        headingKey = "heading:" + line;
        headingTitle = draft.text(text, line);
        if (targets.line(text, line, true)) {
            return;
        }
        draft.mapped(line, line, ImportText.of("what.heading", heading.getLevel()), ImportText.of("became.heading"));
    }

    private void paragraph(Node block, int from, int to) {
        String text = SourceText.inline(block);
        if (targets.line(text, from, false)) {
            flushLabel();
            return;
        }
        flushLabel();
        String raw = source.verbatim(block).strip();
        boolean isLabel = text.length() <= 80 && (text.endsWith(":") || text.endsWith("：")
                || raw.startsWith("**") && raw.replaceAll("[:：]$", "").endsWith("**"));
        if (isLabel) {
            label = draft.text(text.replaceAll("[:：]$", "").strip(), from);
            labelLine = from;
            return;
        }
        draft.keep(headingKey, headingTitle, raw, from, to, ImportText.of("what.paragraph"));
    }

    private void bulletList(Node list, int from, int to) {
        if (teamList(list, false, from, to)) {
            return;
        }
        List<ListItem> items = items(list);
        boolean checklist = items.stream().anyMatch(i -> ChecklistLines.item(itemText(i)) != null);
        if (checklist) {
            String title = takeLabel(headingTitle);
            Map<String, Object> checklistDraft = draft.checklist(headingKey + "|" + title, ChecklistPhase.of(headingTitle + " " + title), title);
            for (ListItem item : items) {
                String words = ChecklistLines.item(itemText(item));
                int line = source.firstLine(item);
                if (words != null) {
                    draft.mapped(line, line, ImportText.of("what.checklist-item"), draft.addChecklistItem(checklistDraft, words, line));
                } else if (item.getParent() == list) {
                    draft.keep(headingKey, headingTitle, source.verbatim(item), line, source.lastLine(item), ImportText.of("what.list-item"));
                }
            }
            return;
        }
        boolean objectives = TARGETS_HEADING.matcher(headingTitle).find() && items.stream().filter(i -> i.getParent() == list)
                .map(i -> targets.line(itemText(i), source.firstLine(i), false)).reduce(false, Boolean::logicalOr);
        if (objectives) {
            flushLabel();
            for (ListItem item : items) {
                String text = itemText(item);
                if (item.getParent() == list && !text.toUpperCase(Locale.ROOT).matches(".*\\b(RTO|RPO|MTTR)\\b.*")) {
                    draft.targetNotes.add(draft.text(text, source.firstLine(item)));
                    draft.mapped(source.firstLine(item), source.lastLine(item), ImportText.of("what.list-item"), "targets.notes");
                }
            }
            return;
        }
        flushLabel();
        draft.keep(headingKey, headingTitle, source.verbatim(list), from, to, ImportText.of("what.list"));
    }

    private void orderedList(Node list, int from, int to) {
        if (teamList(list, true, from, to)) {
            return;
        }
        boolean hasCode = items(list).stream().anyMatch(i -> hasChild(i, FencedCodeBlock.class));
        String context = (label == null ? "" : label) + " " + headingTitle;
        if (!hasCode && !PROCEDURAL.matcher(context).find()) {
            flushLabel();
            draft.keep(headingKey, headingTitle, source.verbatim(list), from, to, ImportText.of("what.numbered-list-elsewhere"));
            return;
        }
        String procedureTitle = takeLabel(headingTitle);
        Map<String, Object> procedure = draft.procedure(headingKey + "|" + procedureTitle, procedureTitle, null);
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            if (!(item instanceof ListItem listItem)) {
                continue;
            }
            StringBuilder code = new StringBuilder();
            List<String> commands = new ArrayList<>();
            List<String> description = new ArrayList<>();
            for (Node part = listItem.getFirstChild(); part != null; part = part.getNext()) {
                if (part instanceof FencedCodeBlock block) {
                    String literal = block.getLiteral().strip();
                    code.append(code.length() > 0 ? "\n" : "").append(literal);
                    ShellScript.segments(literal, source.firstLine(block) + 1).forEach(s -> commands.addAll(s.commands()));
                } else if (part != listItem.getFirstChild() || !(part instanceof Paragraph)) {
                    description.add(source.verbatim(part).strip());
                }
            }
            String title = itemText(listItem);
            int itemFrom = source.firstLine(listItem);
            int itemTo = source.lastLine(listItem);
            Map<String, Object> extra = description.isEmpty() ? Map.of()
                    : Map.of("description", draft.text(String.join("\n", description), itemFrom));
            steps.add(procedure, title.isEmpty() ? procedureTitle : title, code.toString(), commands, itemFrom, itemTo, ImportText.of("what.numbered-step"), extra);
        }
    }

    private static boolean hasChild(Node node, Class<? extends Node> kind) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (kind.isInstance(child)) {
                return true;
            }
        }
        return false;
    }

    private void codeBlock(FencedCodeBlock block, int from, int to) {
        String info = block.getInfo() == null ? "" : block.getInfo().strip().toLowerCase(Locale.ROOT);
        String language = info.isEmpty() ? "" : info.split("\\s+")[0];
        String code = block.getLiteral();
        int firstLine = from + 1;
        ImportText what = ImportText.of("what.code-block", language);
        if (language.equals("mermaid")) {
            mermaid(code, firstLine, from, to);
        } else if ((SHELL.contains(language) || STRUCTURED.contains(language) || language.isEmpty()) && ChecklistLines.contains(code)) {
            checklistBlock(code, firstLine, to, what);
        } else if (SHELL.contains(language)) {
            shellBlock(code, firstLine, from, to, what);
        } else if (SQL.contains(language)) {
            String title = takeLabel(headingTitle);
            Map<String, Object> procedure = draft.procedure(headingKey + "|" + headingTitle, headingTitle, null);
            steps.add(procedure, title, code.strip(), List.of(code.strip()), from, to, what, Map.of());
        } else if (degradation.read(language, code, from, to)) {
            takeLabel("");
        } else if (STRUCTURED.contains(language) && structured.read(code, peekLabel(), from, to)) {
            takeLabel("");
        } else if (STRUCTURED.contains(language) && StructuredBlockReader.phasedSteps(code).isPresent()) {
            phasedSteps(StructuredBlockReader.phasedSteps(code).get(), from, to, what);
        } else if ((language.equals("markdown") || language.equals("md")) && ReportTemplateReader.isTemplate(code)) {
            takeLabel("");
            templates.read(code, firstLine, to);
        } else {
            flushLabel();
            draft.keep(headingKey, headingTitle, source.verbatim(block), from, to, what);
        }
    }

    private void mermaid(String code, int firstLine, int from, int to) {
        if (tree == null) {
            TreeDraft read = flowcharts.read(code, firstLine);
            if (!read.looksLikeDecisionTree()) {
                flushLabel();
                draft.keep(headingKey, headingTitle, source.verbatim(from, to), from, to, ImportText.of("what.mermaid-diagram"));
                return;
            }
            read.warnings().forEach(draft.warnings::add);
            takeLabel("");
            tree = read;
            treeLine = from;
            proceduresBeforeTree = draft.procedures.size();
            draft.mapped(from, to, ImportText.of("what.mermaid-graph"), ImportText.of("became.decision-tree", tree.nodes().size()));
            return;
        }
        TreeDraft further = flowcharts.read(code, firstLine);
        if (further.looksLikeDecisionTree()) {
            further.warnings().forEach(draft.warnings::add);
            takeLabel("");
            furtherTrees.add(new FurtherFlowchart(further, from, headingTitle, draft.procedures.size()));
            draft.mapped(from, to, ImportText.of("what.mermaid-graph"), ImportText.of("became.decision-tree-branch", further.nodes().size()));
            draft.warn(from, "warning.further-flowchart", treeLine);
            return;
        }
        flushLabel();
        draft.keep(headingKey, headingTitle, source.verbatim(from, to), from, to, ImportText.of("what.mermaid-diagram"));
    }

    /** A YAML block of phases ({@code 步骤1_评估:}) each listing what to do: one step per line, in order. */
    private void phasedSteps(Map<String, List<String>> phases, int from, int to, ImportText what) {
        String title = takeLabel(headingTitle);
        Map<String, Object> procedure = draft.procedure(headingKey + "|" + title, title, null);
        for (Map.Entry<String, List<String>> phase : phases.entrySet()) {
            for (String item : phase.getValue()) {
                steps.add(procedure, item, "", List.of(), from, to, ImportText.of("what.phase-of", what, phase.getKey()),
                        Map.of("description", draft.text(phase.getKey().replace('_', ' '), from)));
            }
        }
    }

    private void checklistBlock(String code, int firstLine, int to, ImportText what) {
        String title = takeLabel(headingTitle);
        List<Object> ids = new ArrayList<>();
        for (ChecklistLines.Group group : ChecklistLines.groups(code, firstLine)) {
            String groupTitle = group.name().isEmpty() ? title : title + " — " + group.name();
            Map<String, Object> checklist = draft.checklist(headingKey + "|" + groupTitle,
                    ChecklistPhase.of(group.name() + " " + title + " " + headingTitle), groupTitle);
            for (ChecklistLines.Item item : group.items()) {
                draft.mapped(item.line(), item.line(), ImportText.of("what.checklist-item-in", what), draft.addChecklistItem(checklist, item.title(), item.line()));
            }
            if (!ids.contains(checklist.get("id"))) {
                ids.add(checklist.get("id"));
            }
        }
        draft.mapped(firstLine - 1, to, ImportText.of("what.of-checklist-items", what), ImportText.of("became.checklists", ids.toString()));
    }

    private void shellBlock(String code, int firstLine, int from, int to, ImportText what) {
        String scriptTitle = ShellScript.scriptTitle(code);
        String context = takeLabel(headingTitle);
        Map<String, Object> procedure = scriptTitle != null
                ? draft.procedure("script:" + from, draft.text(scriptTitle, from), headingTitle)
                : draft.procedure(headingKey + "|" + headingTitle, headingTitle, null);
        for (ShellScript.Segment segment : ShellScript.segments(code, firstLine)) {
            String title = segment.title().isEmpty() ? firstComment(segment.text(), context) : segment.title();
            steps.add(procedure, title, segment.text(), segment.commands(), segment.firstLine(), segment.lastLine(), what, Map.of());
        }
    }

    private void table(TableBlock table, int from, int to) {
        List<String> header = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        int count = 0;
        for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
            for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
                if (!(row instanceof TableRow)) {
                    continue;
                }
                if (++count > MAX_TABLE_ROWS + 1) {
                    flushLabel();
                    draft.warn(from, "warning.table-too-long", MAX_TABLE_ROWS);
                    draft.keep(headingKey, headingTitle, source.verbatim(table), from, to, ImportText.of("what.table"));
                    return;
                }
                List<String> cells = new ArrayList<>();
                for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                    if (cell instanceof TableCell) {
                        cells.add(SourceText.inline(cell));
                    }
                }
                if (section instanceof TableHead) {
                    header = cells;
                } else {
                    rows.add(cells);
                }
            }
        }
        if (TargetReader.namesObjectives(header)) {
            takeLabel("");
            targets.serviceTable(header, rows, from, to);
        } else if (TargetReader.rowsAreObjectives(rows)) {
            takeLabel("");
            targets.overallTable(rows, from, to);
        } else if (ContactTableReader.namesContacts(header)) {
            takeLabel("");
            contacts.read(header, rows, from, to);
        } else if (TeamTableReader.namesRoles(header)) {
            takeLabel("");
            team.roles(header, rows, from, to);
        } else if (TeamTableReader.namesSeverities(header) && team.severities(header, rows, from, to)) {
            takeLabel("");
        } else if (EscalationLadderTable.namesLadder(header) && ladder.read(header, rows, from, to)) {
            takeLabel("");
        } else {
            flushLabel();
            draft.keep(headingKey, headingTitle, source.verbatim(table), from, to, ImportText.of("what.table"));
        }
    }

    /** The list's items, nested ones included (iteratively, at most {@value #MAX_LIST_ITEMS}). */
    private static List<ListItem> items(Node list) {
        List<ListItem> items = new ArrayList<>();
        Deque<Node> pending = new ArrayDeque<>();
        pending.push(list);
        while (!pending.isEmpty() && items.size() < MAX_LIST_ITEMS) {
            Node node = pending.pop();
            if (node instanceof ListItem item) {
                items.add(item);
            }
            Deque<Node> children = new ArrayDeque<>();
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                children.push(child);
            }
            children.forEach(pending::push);
        }
        return items;
    }

    /** A list item's own words: its first paragraph. */
    /** A list of plain one-paragraph items about roles or communication (see {@link TeamListReader}). */
    private boolean teamList(Node list, boolean numbered, int from, int to) {
        List<String> texts = new ArrayList<>();
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            if (!(item instanceof ListItem listItem) || !(item.getFirstChild() instanceof Paragraph) || item.getFirstChild().getNext() != null
                    || ChecklistLines.item(itemText(listItem)) != null || texts.size() >= MAX_LIST_ITEMS) {
                return false;
            }
            texts.add(itemText(listItem));
        }
        String context = (label == null ? "" : label) + " " + headingTitle;
        if (!teamLists.read(context, texts, numbered, from, to)) {
            return false;
        }
        flushLabel();
        return true;
    }

    private static String itemText(ListItem item) {
        Node first = item.getFirstChild();
        return first instanceof Paragraph ? SourceText.inline(first) : "";
    }

    private static String firstComment(String text, String fallback) {
        return text.lines().map(String::strip).filter(l -> l.startsWith("#") && !l.startsWith("#!"))
                .map(l -> l.replaceFirst("^#+", "").strip()).filter(l -> !l.isEmpty()).findFirst().orElse(fallback);
    }

    private String peekLabel() {
        return label == null ? "" : label;
    }

    /** The label paragraph before this block (e.g. {@code **故障轉移檢查清單:**}), used as its title; else {@code fallback}. */
    private String takeLabel(String fallback) {
        if (label == null) {
            return fallback;
        }
        String taken = label;
        draft.mapped(labelLine, labelLine, ImportText.of("what.label-paragraph"), ImportText.of("became.label"));
        label = null;
        return taken;
    }

    private void flushLabel() {
        if (label != null) {
            String kept = source.line(labelLine);
            int line = labelLine;
            label = null;
            draft.keep(headingKey, headingTitle, kept.strip(), line, line, ImportText.of("what.paragraph"));
        }
    }

    /** A block no reader takes, by its CommonMark kind ("block quote", "html block"). */
    private static ImportText kindOf(Node block) {
        String name = block.getClass().getSimpleName();
        String key = "what.node." + name.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
        return NAMED_NODES.contains(key) ? ImportText.of(key) : ImportText.verbatim(name.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT));
    }
}
