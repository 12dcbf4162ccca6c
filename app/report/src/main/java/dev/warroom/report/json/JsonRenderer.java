package dev.warroom.report.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import dev.warroom.core.report.doc.ReportDocument;
import dev.warroom.report.ReportFormat;
import dev.warroom.report.ReportRenderer;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Everything the report holds as JSON, in the shape docs/report.schema.json describes: the journal's check
 * as {@code journal.finalHash} and {@code journal.verified}, the sections with their blocks, and the charts
 * with their data (durations in seconds).
 */
public final class JsonRenderer implements ReportRenderer {

    /** The value of the document's {@code format} field; {@code formatVersion} changes when the shape does. */
    public static final String FORMAT = "warroom-report";
    public static final int FORMAT_VERSION = 1;

    private static final JsonFactory FACTORY = JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    @Override
    public ReportFormat format() {
        return ReportFormat.JSON;
    }

    @Override
    public void render(ReportDocument document, OutputStream out) throws IOException {
        try (JsonGenerator json = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            json.useDefaultPrettyPrinter();
            new JsonDocumentWriter(json).write(document);
            json.writeRaw('\n');
        }
        out.flush();
    }
}
