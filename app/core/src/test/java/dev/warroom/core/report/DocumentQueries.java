package dev.warroom.core.report;

import dev.warroom.core.report.doc.Block;
import dev.warroom.core.report.doc.BulletList;
import dev.warroom.core.report.doc.Cell;
import dev.warroom.core.report.doc.Chart;
import dev.warroom.core.report.doc.Facts;
import dev.warroom.core.report.doc.Paragraph;
import dev.warroom.core.report.doc.ReportDocument;
import dev.warroom.core.report.doc.ReportSection;
import dev.warroom.core.report.doc.Table;
import dev.warroom.core.report.doc.ToFill;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Reads a report document the way a test asserts on it: sections by id, blocks by kind, tables by id, all its text. */
public final class DocumentQueries {

    private DocumentQueries() {
    }

    public static ReportSection section(ReportDocument doc, String id) {
        return sections(doc.sections()).filter(s -> s.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no section " + id));
    }

    public static Stream<ReportSection> sections(List<ReportSection> top) {
        return top.stream().flatMap(s -> Stream.concat(Stream.of(s), sections(s.subsections())));
    }

    public static <T extends Block> List<T> blocks(ReportSection section, Class<T> kind) {
        return sections(List.of(section)).flatMap(s -> s.blocks().stream()).filter(kind::isInstance).map(kind::cast).toList();
    }

    public static <T extends Block> List<T> blocks(ReportDocument doc, Class<T> kind) {
        return doc.sections().stream().flatMap(s -> blocks(s, kind).stream()).toList();
    }

    public static Table table(ReportDocument doc, String id) {
        return blocks(doc, Table.class).stream().filter(t -> t.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no table " + id));
    }

    /** The cell of {@code row} under {@code header}. */
    public static Cell cell(Table table, List<Cell> row, String header) {
        return row.get(table.headers().indexOf(header));
    }

    /** Every text a reader could see, one per line. */
    public static String text(ReportDocument doc) {
        List<String> out = new ArrayList<>(List.of(doc.title(), doc.languageNote(), doc.journal().words()));
        sections(doc.sections()).forEach(s -> {
            out.add(s.title());
            s.blocks().forEach(b -> out.addAll(text(b)));
        });
        return String.join("\n", out);
    }

    private static List<String> text(Block block) {
        List<String> out = new ArrayList<>();
        if (block instanceof Paragraph p) {
            out.add(p.text().text());
        } else if (block instanceof BulletList l) {
            l.items().forEach(i -> out.add(i.text()));
        } else if (block instanceof Facts f) {
            f.facts().forEach(x -> out.add(x.label() + ": " + x.value().text()));
        } else if (block instanceof Table t) {
            out.add(String.join(" | ", t.headers()));
            t.rows().forEach(r -> out.add(String.join(" | ", r.stream().map(Cell::text).toList())));
        } else if (block instanceof ToFill f) {
            out.add(f.label() + ": " + f.hint());
        } else if (block instanceof Chart c) {
            out.add(c.title() + ": " + c.description());
        }
        return out;
    }
}
