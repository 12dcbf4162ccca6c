package dev.warroom.report.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** docs/report.schema.json, read from the source tree, as a validator. */
public final class ReportSchema {

    private static final JsonSchema SCHEMA = load();

    private ReportSchema() {
    }

    public static Path file() {
        return Path.of(System.getProperty("warroom.root", "../.."), "docs", "report.schema.json");
    }

    /** Every way {@code report} breaks the schema, in words; empty when it validates. */
    public static List<String> problems(JsonNode report) {
        return SCHEMA.validate(report).stream().map(ValidationMessage::getMessage).toList();
    }

    private static JsonSchema load() {
        try (InputStream in = Files.newInputStream(file())) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
