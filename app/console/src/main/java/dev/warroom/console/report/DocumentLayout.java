package dev.warroom.console.report;

import dev.warroom.core.report.doc.Block;
import dev.warroom.core.report.doc.BulletList;
import dev.warroom.core.report.doc.Cell;
import dev.warroom.core.report.doc.Chart;
import dev.warroom.core.report.doc.Facts;
import dev.warroom.core.report.doc.Mark;
import dev.warroom.core.report.doc.Paragraph;
import dev.warroom.core.report.doc.ReportDocument;
import dev.warroom.core.report.doc.ReportSection;
import dev.warroom.core.report.doc.Table;
import dev.warroom.core.report.doc.ToFill;
import java.util.List;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Lays a report document out natively, top to bottom as the other formats do: the title, the journal's
 * check, then each section with its blocks (text, lists, facts, tables, charts as shapes) and the
 * author's fields, which {@code fields} supplies (editable boxes), and the table cells the author may fill,
 * which {@code cellFields} supplies. Marked values carry their mark's
 * style class and its word or sign, so a mark reads without colour too.
 */
final class DocumentLayout {

    private static final int SHORT = 28;

    private final Function<ToFill, Node> fields;
    private final Function<Cell, Node> cellFields;
    private final Function<Mark, String> markWords;
    private int charts;

    private DocumentLayout(Function<ToFill, Node> fields, Function<Cell, Node> cellFields, Function<Mark, String> markWords) {
        this.fields = fields;
        this.cellFields = cellFields;
        this.markWords = markWords;
    }

    /**
     * The page for {@code document}; {@code cellFields} gives the editable box of a table cell the author may
     * fill (one with an entry to journal it under); {@code markWords} the sign shown beside a marked value ("" for none).
     */
    static VBox page(ReportDocument document, Function<ToFill, Node> fields, Function<Cell, Node> cellFields,
            Function<Mark, String> markWords) {
        return new DocumentLayout(fields, cellFields, markWords).layOut(document);
    }

    private VBox layOut(ReportDocument document) {
        VBox page = new VBox(10);
        page.setId("report-page");
        page.getStyleClass().add(ReportStyles.PAGE);
        Label title = label(document.title(), ReportStyles.TITLE);
        title.setId("report-title");
        Label check = label(document.journal().words() + (document.journal().finalHash().isEmpty() ? ""
                : "\n" + document.journal().finalHash()), ReportStyles.CHECK);
        check.setId("report-check");
        check.getStyleClass().add(ReportStyles.mark(document.journal().verified() ? Mark.GOOD : Mark.BAD));
        page.getChildren().addAll(title, check);
        if (!document.languageNote().isBlank()) {
            page.getChildren().add(label(document.languageNote(), ReportStyles.NOTE));
        }
        for (ReportSection section : document.sections()) {
            page.getChildren().add(section(section, 1));
        }
        return page;
    }

    private Node section(ReportSection section, int depth) {
        VBox box = new VBox(8);
        box.setId("report-section-" + section.id());
        box.getStyleClass().add(ReportStyles.SECTION);
        Label heading = label(section.title(), ReportStyles.HEADING);
        heading.getStyleClass().add(ReportStyles.HEADING + "-" + Math.min(depth, 3));
        box.getChildren().add(heading);
        for (Block block : section.blocks()) {
            box.getChildren().add(block(block));
        }
        for (ReportSection sub : section.subsections()) {
            box.getChildren().add(section(sub, depth + 1));
        }
        return box;
    }

    private Node block(Block block) {
        if (block instanceof Paragraph paragraph) {
            return cell(paragraph.text(), ReportStyles.PARAGRAPH);
        }
        if (block instanceof BulletList list) {
            VBox items = new VBox(2);
            for (Cell item : list.items()) {
                Label bullet = cell(item, ReportStyles.BULLET);
                bullet.setText("•  " + bullet.getText());
                items.getChildren().add(bullet);
            }
            return items;
        }
        if (block instanceof Facts facts) {
            GridPane grid = grid();
            int row = 0;
            for (Facts.Fact fact : facts.facts()) {
                grid.addRow(row++, label(fact.label(), ReportStyles.FACT_LABEL), cell(fact.value(), ReportStyles.PARAGRAPH));
            }
            return grid;
        }
        if (block instanceof Table table) {
            return table(table);
        }
        if (block instanceof ToFill toFill) {
            return fields.apply(toFill);
        }
        return ChartShapes.draw((Chart) block, "report-chart-" + charts++);
    }

    private Node table(Table table) {
        GridPane grid = grid();
        grid.setId("report-table-" + table.id());
        grid.getStyleClass().add(ReportStyles.TABLE);
        List<String> headers = table.headers();
        for (int c = 0; c < headers.size(); c++) {
            grid.add(keepWhole(label(headers.get(c), ReportStyles.TABLE_HEAD)), c, 0);
        }
        for (int r = 0; r < table.rows().size(); r++) {
            List<Cell> row = table.rows().get(r);
            for (int c = 0; c < row.size(); c++) {
                if (row.get(c).fill().isPresent()) {
                    grid.add(cellFields.apply(row.get(c)), c, r + 1);
                    continue;
                }
                Label value = keepWhole(cell(row.get(c), ReportStyles.TABLE_CELL));
                value.setMaxWidth(Double.MAX_VALUE);
                grid.add(value, c, r + 1);
            }
        }
        if (table.caption().isBlank()) {
            return grid;
        }
        return new VBox(4, label(table.caption(), ReportStyles.CAPTION), grid);
    }

    /** A short value (a time, a name, a status) never wraps: the long ones beside it give way instead. */
    private static Label keepWhole(Label label) {
        if (label.getText().length() <= SHORT) {
            label.setMinWidth(Region.USE_PREF_SIZE);
        }
        return label;
    }

    private static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(4);
        ColumnConstraints first = new ColumnConstraints();
        first.setHgrow(Priority.NEVER);
        return grid;
    }

    private Label cell(Cell cell, String style) {
        String sign = markWords.apply(cell.mark());
        Label label = label(sign.isEmpty() ? cell.text() : sign + " " + cell.text(), style);
        label.getStyleClass().add(ReportStyles.mark(cell.mark()));
        return label;
    }

    private static Label label(String text, String style) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.getStyleClass().add(style);
        return label;
    }
}
