package dev.warroom.core.report;

import dev.warroom.core.plan.model.TemplateField;
import dev.warroom.core.plan.model.TemplateSection;
import dev.warroom.core.report.doc.Block;
import dev.warroom.core.report.doc.Cell;
import dev.warroom.core.report.doc.Facts;
import dev.warroom.core.report.doc.Facts.Fact;
import dev.warroom.core.report.doc.Mark;
import dev.warroom.core.report.doc.Paragraph;
import dev.warroom.core.report.doc.Table;
import dev.warroom.core.report.doc.ToFill;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The author's parts, from their {@code report.field-set} entries: a field, labelled fields, a table of rows,
 * sign-offs. What is still empty is a {@link ToFill} under the field's id, never a guess.
 */
final class AuthorSection {

    private AuthorSection() {
    }

    /** One field as a paragraph: {@code fields[0]}, else the section itself stands for the field. */
    static List<Block> field(ReportContext c, TemplateSection section) {
        TemplateField field = section.fields().isEmpty() ? new TemplateField(section.id(), section.title(), section.titleEn(), null)
                : section.fields().get(0);
        return List.of(c.author.field(field.id()).<Block>map(v -> new Paragraph(Cell.of(c.text.of(v)))).orElseGet(() -> toFill(c, field)));
    }

    /** Labelled values in the template's order; each one still empty is a field to fill where it stands. */
    static List<Block> fields(ReportContext c, TemplateSection section) {
        List<Block> blocks = new ArrayList<>();
        List<Fact> run = new ArrayList<>();
        for (TemplateField field : section.fields()) {
            Optional<String> value = c.author.field(field.id());
            if (value.isPresent()) {
                run.add(new Fact(label(c, field), Cell.of(c.text.of(value.get()))));
                continue;
            }
            if (!run.isEmpty()) {
                blocks.add(new Facts(run));
                run = new ArrayList<>();
            }
            blocks.add(toFill(c, field));
        }
        if (!run.isEmpty()) {
            blocks.add(new Facts(run));
        }
        return blocks;
    }

    /**
     * The author's table: {@code fields} are its columns, rows are the author's by row id (entries {field: the
     * section's id, row, column}). An empty cell reads "to fill"; a table with no rows yet is one field to fill.
     */
    static List<Block> table(ReportContext c, TemplateSection section) {
        List<String> rowIds = c.author.rowIds(section.id());
        List<String> headers = section.fields().stream().map(f -> label(c, f)).toList();
        List<List<Cell>> rows = new ArrayList<>();
        for (String row : rowIds) {
            rows.add(section.fields().stream().map(f -> c.author.cell(section.id(), row, f.id()).map(v -> Cell.of(c.text.of(v)))
                    .orElse(Cell.marked(c.words.get("to-fill"), Mark.TO_FILL))).toList());
        }
        if (rows.isEmpty()) {
            return List.of(new Table(section.id(), "", headers, rows),
                    new ToFill(section.id(), c.text.pick(section.title(), section.titleEn()), c.words.get("author.table-empty")));
        }
        return List.of(new Table(section.id(), "", headers, rows));
    }

    /** Sign-offs: each role of {@code fields} with who signed (name and date, as the author wrote it), else to fill. */
    static List<Block> signOffs(ReportContext c, TemplateSection section) {
        return fields(c, section);
    }

    private static ToFill toFill(ReportContext c, TemplateField field) {
        return new ToFill(field.id(), label(c, field), field.hint() == null ? "" : c.text.of(field.hint()));
    }

    private static String label(ReportContext c, TemplateField field) {
        return c.text.pick(field.label(), field.labelEn());
    }
}
