package dev.warroom.core.report;

import dev.warroom.core.plan.model.TemplateField;
import dev.warroom.core.plan.model.TemplateSection;
import dev.warroom.core.report.doc.Block;
import dev.warroom.core.report.doc.Cell;
import dev.warroom.core.report.doc.Facts;
import dev.warroom.core.report.doc.FieldRef;
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
        return labelled(c, section.fields(), field -> c.author.field(field.id()));
    }

    private static List<Block> labelled(ReportContext c, List<TemplateField> fields,
            java.util.function.Function<TemplateField, Optional<String>> valueOf) {
        List<Block> blocks = new ArrayList<>();
        List<Fact> run = new ArrayList<>();
        for (TemplateField field : fields) {
            Optional<String> value = valueOf.apply(field);
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

    /** The row an author fills column by column through the columns' own fields (entries without a row). */
    static final String FIRST_ROW = "1";

    /**
     * The author's table: {@code fields} are its columns; rows are the author's, by row id (entries {field: the
     * section's id, row, column}). A column's own field (an entry {field: the column's id} without a row) fills
     * the first row, so that a table with no rows yet offers each of its columns as a field to fill. An empty
     * cell of a row reads "to fill".
     */
    static List<Block> table(ReportContext c, TemplateSection section) {
        List<String> rowIds = new ArrayList<>(c.author.rows(section.id()).keySet());
        boolean firstRowByField = section.fields().stream().anyMatch(f -> c.author.field(f.id()).isPresent());
        if (firstRowByField && !rowIds.contains(FIRST_ROW)) {
            rowIds.add(0, FIRST_ROW);
        }
        List<String> headers = section.fields().stream().map(f -> label(c, f)).toList();
        List<List<Cell>> rows = new ArrayList<>();
        for (String row : rowIds) {
            rows.add(section.fields().stream().map(f -> {
                FieldRef ref = new FieldRef(section.id(), row, f.id());
                return cell(c, section, row, f).map(v -> Cell.fillable(c.text.of(v), Mark.PLAIN, ref))
                        .orElse(Cell.fillable(c.words.get("to-fill"), Mark.TO_FILL, ref));
            }).toList());
        }
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Table(section.id(), "", headers, rows));
        if (rows.isEmpty()) {
            section.fields().forEach(f -> blocks.add(toFill(c, f)));
        }
        return blocks;
    }

    private static Optional<String> cell(ReportContext c, TemplateSection section, String row, TemplateField column) {
        return c.author.cell(section.id(), row, column.id()).or(() -> row.equals(FIRST_ROW) ? c.author.field(column.id()) : Optional.empty());
    }

    /** The table the sign-offs are journalled in: its row is the role's field id, its columns name and date. */
    static final String SIGN_OFFS_TABLE = "sign-offs";

    /**
     * Sign-offs: each role of {@code fields} with who signed and when, as the author wrote it: entries in the
     * table {@value #SIGN_OFFS_TABLE} (row: the role's id; columns name and date), or the role's own field.
     * A role nobody signed for is a field to fill.
     */
    static List<Block> signOffs(ReportContext c, TemplateSection section) {
        List<TemplateField> roles = section.fields().stream().map(f -> f.hint() == null || f.hint().isBlank()
                ? new TemplateField(f.id(), f.label(), f.labelEn(), c.words.get("sign-off.hint")) : f).toList();
        return labelled(c, roles, role -> signed(c, role.id()).or(() -> c.author.field(role.id())));
    }

    private static Optional<String> signed(ReportContext c, String role) {
        Optional<String> name = c.author.cell(SIGN_OFFS_TABLE, role, "name");
        Optional<String> date = c.author.cell(SIGN_OFFS_TABLE, role, "date");
        if (name.isEmpty() && date.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(name.orElse(c.words.get("to-fill")) + ", " + date.orElse(c.words.get("to-fill")));
    }

    private static ToFill toFill(ReportContext c, TemplateField field) {
        return new ToFill(field.id(), label(c, field), field.hint() == null ? "" : c.text.of(field.hint()));
    }

    private static String label(ReportContext c, TemplateField field) {
        return c.text.pick(field.label(), field.labelEn());
    }
}
