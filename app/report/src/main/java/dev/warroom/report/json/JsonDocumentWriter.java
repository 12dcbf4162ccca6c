package dev.warroom.report.json;

import com.fasterxml.jackson.core.JsonGenerator;
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
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Streams one document's fields, block by block; every block names its {@code kind}. */
final class JsonDocumentWriter {

    private final JsonGenerator json;

    JsonDocumentWriter(JsonGenerator json) {
        this.json = json;
    }

    void write(ReportDocument document) throws IOException {
        json.writeStartObject();
        json.writeStringField("format", JsonRenderer.FORMAT);
        json.writeNumberField("formatVersion", JsonRenderer.FORMAT_VERSION);
        json.writeStringField("title", text(document.title()));
        json.writeStringField("language", text(document.language()));
        json.writeStringField("templateId", text(document.templateId()));
        json.writeStringField("languageNote", text(document.languageNote()));
        json.writeObjectFieldStart("journal");
        json.writeStringField("finalHash", text(document.journal().finalHash()));
        json.writeBooleanField("verified", document.journal().verified());
        json.writeStringField("words", text(document.journal().words()));
        json.writeEndObject();
        sections(document.sections());
        json.writeEndObject();
    }

    private void sections(List<ReportSection> sections) throws IOException {
        json.writeArrayFieldStart("sections");
        for (ReportSection section : sections) {
            json.writeStartObject();
            json.writeStringField("id", text(section.id()));
            json.writeStringField("title", text(section.title()));
            json.writeArrayFieldStart("blocks");
            for (Block block : section.blocks()) {
                block(block);
            }
            json.writeEndArray();
            sections(section.subsections());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private void block(Block block) throws IOException {
        json.writeStartObject();
        if (block instanceof Paragraph paragraph) {
            json.writeStringField("kind", "paragraph");
            json.writeFieldName("text");
            cell(paragraph.text());
        } else if (block instanceof BulletList list) {
            json.writeStringField("kind", "bullet-list");
            json.writeArrayFieldStart("items");
            for (Cell item : list.items()) {
                cell(item);
            }
            json.writeEndArray();
        } else if (block instanceof Facts facts) {
            json.writeStringField("kind", "facts");
            json.writeArrayFieldStart("facts");
            for (Facts.Fact fact : facts.facts()) {
                json.writeStartObject();
                json.writeStringField("label", text(fact.label()));
                json.writeFieldName("value");
                cell(fact.value());
                json.writeEndObject();
            }
            json.writeEndArray();
        } else if (block instanceof Table table) {
            table(table);
        } else if (block instanceof ToFill field) {
            json.writeStringField("kind", "to-fill");
            json.writeStringField("field", text(field.field()));
            json.writeStringField("label", text(field.label()));
            json.writeStringField("hint", text(field.hint()));
        } else if (block instanceof Chart chart) {
            chart(chart);
        }
        json.writeEndObject();
    }

    private void table(Table table) throws IOException {
        json.writeStringField("kind", "table");
        json.writeStringField("id", text(table.id()));
        json.writeStringField("caption", text(table.caption()));
        json.writeArrayFieldStart("headers");
        for (String header : table.headers()) {
            json.writeString(text(header));
        }
        json.writeEndArray();
        json.writeArrayFieldStart("rows");
        for (List<Cell> row : table.rows()) {
            json.writeStartArray();
            for (Cell cell : row) {
                cell(cell);
            }
            json.writeEndArray();
        }
        json.writeEndArray();
    }

    private void chart(Chart chart) throws IOException {
        json.writeStringField("kind", ChartKinds.of(chart));
        json.writeStringField("title", text(chart.title()));
        json.writeStringField("description", text(chart.description()));
        if (chart instanceof Chart.PhaseBars bars) {
            bars("bars", bars.bars());
        } else if (chart instanceof Chart.CriteriaChart criteria) {
            bars("criteria", criteria.criteria());
        } else if (chart instanceof Chart.StepGantt gantt) {
            json.writeArrayFieldStart("spans");
            for (Chart.Span span : gantt.spans()) {
                json.writeStartObject();
                json.writeStringField("label", text(span.label()));
                seconds("startSeconds", Optional.of(span.start()));
                seconds("endSeconds", Optional.of(span.end()));
                json.writeStringField("mark", mark(span.mark()));
                json.writeEndObject();
            }
            json.writeEndArray();
        } else if (chart instanceof Chart.LagLine lag) {
            json.writeArrayFieldStart("points");
            for (Chart.Point point : lag.points()) {
                json.writeStartObject();
                json.writeStringField("resource", text(point.resource()));
                seconds("atSeconds", Optional.of(point.at()));
                seconds("lagSeconds", Optional.of(point.lag()));
                json.writeEndObject();
            }
            json.writeEndArray();
            seconds("rpoSeconds", lag.rpo());
            seconds("promotedAtSeconds", lag.promotedAt());
        }
    }

    private void bars(String name, List<Chart.Bar> bars) throws IOException {
        json.writeArrayFieldStart(name);
        for (Chart.Bar bar : bars) {
            json.writeStartObject();
            json.writeStringField("label", text(bar.label()));
            seconds("actualSeconds", bar.actual());
            seconds("budgetSeconds", bar.budget());
            json.writeStringField("actual", text(bar.actualWords()));
            json.writeStringField("bound", text(bar.boundWords()));
            json.writeStringField("mark", mark(bar.mark()));
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private void cell(Cell cell) throws IOException {
        json.writeStartObject();
        json.writeStringField("text", text(cell.text()));
        json.writeStringField("mark", mark(cell.mark()));
        json.writeEndObject();
    }

    /** Seconds, exact to the millisecond; null where there is no value. */
    private void seconds(String name, Optional<Duration> duration) throws IOException {
        if (duration.isEmpty()) {
            json.writeNullField(name);
            return;
        }
        long millis = duration.get().toMillis();
        if (millis % 1000 == 0) {
            json.writeNumberField(name, millis / 1000);
        } else {
            json.writeNumberField(name, BigDecimal.valueOf(millis, 3));
        }
    }

    static String mark(Mark mark) {
        return (mark == null ? Mark.PLAIN : mark).name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static String text(String text) {
        return text == null ? "" : text;
    }
}
