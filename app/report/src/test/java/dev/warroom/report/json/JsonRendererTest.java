package dev.warroom.report.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.warroom.core.report.doc.ReportDocument;
import dev.warroom.report.TestDocuments;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JsonRendererTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    static JsonNode json(ReportDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new JsonRenderer().render(document, out);
        return MAPPER.readTree(out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aDocumentWithEveryKindOfBlockAndChartValidatesAgainstTheSchemaInDocs() throws IOException {
        for (String language : new String[] {"en", "zh-TW", "zh-CN"}) {
            JsonNode report = json(TestDocuments.drill(language, TestDocuments.failed()));

            assertThat(ReportSchema.problems(report)).as(language).isEmpty();
        }
    }

    @Test
    void theSchemaRefusesWhatTheRendererNeverWrites() throws IOException {
        ObjectNode report = (ObjectNode) json(TestDocuments.drill());
        ((ObjectNode) report.get("journal")).remove("verified");
        ((ObjectNode) report.get("sections").get(0).get("blocks").get(0)).put("kind", "script");

        assertThat(ReportSchema.problems(report)).anyMatch(p -> p.contains("verified")).anyMatch(p -> p.contains("$.sections[0].blocks[0].kind"));
    }

    @Test
    void theJournalCheckIsTwoFields() throws IOException {
        JsonNode failed = json(TestDocuments.drill("en", TestDocuments.failed()));
        JsonNode verified = json(TestDocuments.drill());

        assertThat(failed.at("/journal/finalHash").asText()).isEqualTo(TestDocuments.HASH);
        assertThat(failed.at("/journal/verified").isBoolean()).isTrue();
        assertThat(failed.at("/journal/verified").asBoolean()).isFalse();
        assertThat(failed.at("/journal/words").asText()).contains("event 10 (step.confirmed) was altered");
        assertThat(verified.at("/journal/verified").asBoolean()).isTrue();
    }

    @Test
    void everythingTheDocumentHoldsIsThereChartsWithTheirData() throws IOException {
        JsonNode report = json(TestDocuments.drill());
        JsonNode objectives = report.at("/sections/1/blocks");

        assertThat(report.at("/templateId").asText()).isEqualTo("drill");
        assertThat(report.at("/sections").size()).isEqualTo(TestDocuments.drill().sections().size());
        assertThat(objectives.get(2).get("kind").asText()).isEqualTo("phase-bars");
        assertThat(objectives.get(2).at("/bars/1").toString())
                .isEqualTo("{\"label\":\"Recovery\",\"actualSeconds\":180,\"budgetSeconds\":120,\"actual\":\"3m\",\"bound\":\"2m\",\"mark\":\"bad\"}");
        assertThat(objectives.get(2).at("/bars/2/actualSeconds").isNull()).isTrue();
        assertThat(objectives.get(3).get("points").size()).as("every reading, not a sample").isEqualTo(60);
        assertThat(objectives.get(3).at("/points/3/lagSeconds").decimalValue()).isEqualByComparingTo("1.5");
        assertThat(objectives.get(3).at("/points/3/resource").asText()).isEqualTo("db-dr");
        assertThat(objectives.get(3).get("rpoSeconds").asInt()).isEqualTo(30);
        assertThat(objectives.get(4).at("/criteria/0/actualSeconds").decimalValue()).isEqualByComparingTo("12.5");
        assertThat(report.at("/sections/2/blocks/1/spans/0/label").asText()).isEqualTo(TestDocuments.HOSTILE_TITLE);
        assertThat(report.at("/sections/2/sections/0/blocks/1/items/0/text").asText()).isEqualTo(TestDocuments.HOSTILE_TITLE);
        assertThat(report.at("/sections/4/blocks/0/rows/1/2").toString()).isEqualTo("{\"text\":\"\",\"mark\":\"to-fill\"}");
        assertThat(report.at("/sections/5/blocks/0").toString())
                .isEqualTo("{\"kind\":\"to-fill\",\"field\":\"root-cause\",\"label\":\"Root cause\",\"hint\":\"What made the primary fail?\"}");
        assertThat(Set.of(report.at("/sections/3/blocks/0/rows/2/2/text").asText())).containsExactly("提升備援資料庫為主庫");
    }
}
