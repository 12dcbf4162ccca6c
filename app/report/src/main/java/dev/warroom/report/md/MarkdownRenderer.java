package dev.warroom.report.md;

import dev.warroom.core.report.doc.Block;
import dev.warroom.core.report.doc.BulletList;
import dev.warroom.core.report.doc.Cell;
import dev.warroom.core.report.doc.Chart;
import dev.warroom.core.report.doc.Facts;
import dev.warroom.core.report.doc.JournalCheck;
import dev.warroom.core.report.doc.Paragraph;
import dev.warroom.core.report.doc.ReportDocument;
import dev.warroom.core.report.doc.ReportSection;
import dev.warroom.core.report.doc.Table;
import dev.warroom.core.report.doc.ToFill;
import dev.warroom.report.ReportFormat;
import dev.warroom.report.ReportRenderer;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The report as GitHub-flavoured Markdown: the journal's check first, then each section as a heading with its
 * blocks. Charts come out as their description and a small table of their data (the description alone where a table
 * of the section holds the chart's data already); a field left to the author
 * as a marked empty field. Every text is escaped, so a plan's or a journal's text always reads as text.
 */
public final class MarkdownRenderer implements ReportRenderer {

    private static final Pattern HEX = Pattern.compile("[0-9a-fA-F]+");
    private static final int DEEPEST_HEADING = 6;

    @Override
    public ReportFormat format() {
        return ReportFormat.MD;
    }

    @Override
    public void render(ReportDocument document, OutputStream out) throws IOException {
        out.write(toMarkdown(document).getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    public String toMarkdown(ReportDocument document) {
        MarkdownWords words = MarkdownWords.of(document.language());
        StringBuilder md = new StringBuilder();
        md.append("# ").append(MarkdownText.heading(document.title())).append("\n\n");
        journal(md, document.journal(), words);
        if (document.languageNote() != null && !document.languageNote().isBlank()) {
            md.append('*').append(MarkdownText.inline(document.languageNote())).append("*\n\n");
        }
        for (ReportSection section : document.sections()) {
            section(md, section, 2, words);
        }
        return md.toString();
    }

    private static void journal(StringBuilder md, JournalCheck check, MarkdownWords words) {
        String result = check.verified() ? "✅ " + words.journalVerified() : "❌ " + words.journalFailed();
        md.append("> **").append(result).append("**");
        if (check.words() != null && !check.words().isBlank()) {
            md.append(": ").append(MarkdownText.inline(check.words()));
        }
        md.append("\\\n> ").append(words.finalHash()).append(": ").append(hash(check.finalHash())).append("\n\n");
    }

    private static String hash(String hash) {
        if (hash == null || hash.isBlank()) {
            return "—";
        }
        return HEX.matcher(hash).matches() ? "`" + hash + "`" : MarkdownText.inline(hash);
    }

    private static void section(StringBuilder md, ReportSection section, int level, MarkdownWords words) {
        md.append("#".repeat(Math.min(level, DEEPEST_HEADING))).append(' ').append(MarkdownText.heading(section.title())).append("\n\n");
        Set<String> tables = section.blocks().stream().filter(Table.class::isInstance).map(b -> ((Table) b).id()).collect(Collectors.toSet());
        for (Block block : section.blocks()) {
            block(md, block, words, tables);
        }
        for (ReportSection subsection : section.subsections()) {
            section(md, subsection, level + 1, words);
        }
    }

    private static void block(StringBuilder md, Block block, MarkdownWords words, Set<String> sectionTables) {
        if (block instanceof Paragraph paragraph) {
            md.append(MarkdownMarks.marked(paragraph.text(), text -> MarkdownText.lines(text, ""), words)).append("\n\n");
        } else if (block instanceof BulletList list) {
            for (Cell item : list.items()) {
                md.append("- ").append(MarkdownMarks.marked(item, text -> MarkdownText.lines(text, "  "), words)).append('\n');
            }
            md.append('\n');
        } else if (block instanceof Facts facts) {
            List<List<String>> rows = new ArrayList<>();
            for (Facts.Fact fact : facts.facts()) {
                rows.add(List.of(MarkdownText.cell(fact.label()), MarkdownMarks.marked(fact.value(), MarkdownText::cell, words)));
            }
            MarkdownTables.append(md, List.of("", ""), rows);
        } else if (block instanceof Table table) {
            table(md, table, words);
        } else if (block instanceof ToFill field) {
            md.append("> ✏️ **").append(MarkdownText.inline(field.label())).append("** — *").append(words.toFill()).append('*');
            if (field.hint() != null && !field.hint().isBlank()) {
                md.append(": ").append(MarkdownText.inline(field.hint()));
            }
            md.append("\n\n");
        } else if (block instanceof Chart chart) {
            MarkdownCharts.append(md, chart, words, sectionTables);
        }
    }

    private static void table(StringBuilder md, Table table, MarkdownWords words) {
        if (table.caption() != null && !table.caption().isBlank()) {
            md.append("**").append(MarkdownText.inline(table.caption())).append("**\n\n");
        }
        List<String> headers = table.headers().stream().map(MarkdownText::cell).toList();
        List<List<String>> rows = new ArrayList<>(table.rows().size());
        for (List<Cell> row : table.rows()) {
            rows.add(row.stream().map(cell -> MarkdownMarks.marked(cell, MarkdownText::cell, words)).toList());
        }
        MarkdownTables.append(md, headers, rows);
    }
}
