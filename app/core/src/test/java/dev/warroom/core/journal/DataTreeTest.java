package dev.warroom.core.journal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/** An event's data read back is the same tree, node for node, as Jackson's own reader builds. */
class DataTreeTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static ObjectNode read(String json) throws Exception {
        try (JsonParser parser = MAPPER.getFactory().createParser(json)) {
            assertThat(parser.nextToken()).isEqualTo(JsonToken.START_OBJECT);
            ObjectNode tree = DataTree.readObject(parser);
            assertThat(parser.nextToken()).as("the whole object was read").isNull();
            return tree;
        }
    }

    @Test
    void everyKindOfValueComesBackAsJacksonReadsIt() throws Exception {
        String json = "{\"big\":123456789012345678901234567890,\"empty\":{},\"flag\":true,\"int\":-42,\"list\":[1,\"二\",[false,null],"
                + "{\"x\":1.5}],\"long\":9007199254740993,\"none\":null,\"off\":false,\"ratio\":-0.25e-3,\"text\":\"主库 \\\"ok\\\" \\u00e9\\n\"}";
        ObjectNode ours = read(json);
        JsonNode jackson = MAPPER.readTree(json);

        assertThat(ours).isEqualTo(jackson);
        assertThat(ours.get("int").isInt()).isTrue();
        assertThat(ours.get("long").isLong()).isTrue();
        assertThat(ours.get("big").isBigInteger()).isTrue();
        assertThat(ours.get("ratio").isDouble()).isTrue();
        assertThat(ours.path("text").asText()).isEqualTo("主库 \"ok\" é\n");
    }

    @Test
    void aRepeatedKeyKeepsItsLastValueAsJacksonDoes() throws Exception {
        ObjectNode ours = read("{\"a\":1,\"a\":\"two\"}");

        assertThat(ours).isEqualTo(MAPPER.readTree("{\"a\":1,\"a\":\"two\"}"));
        assertThat(ours.path("a").asText()).isEqualTo("two");
    }
}
