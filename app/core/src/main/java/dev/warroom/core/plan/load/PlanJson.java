package dev.warroom.core.plan.load;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.warroom.core.time.DurationText;
import java.io.IOException;
import java.time.Duration;

/** The Jackson mapper for plan records: strict about unknown properties, durations as {@code 90m}, absent primitives as their default. */
public final class PlanJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new SimpleModule("warroom-durations")
                    .addDeserializer(Duration.class, new DurationDeserializer())
                    .addSerializer(Duration.class, new DurationSerializer()))
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            // An absent boolean such as Step.destructive means false; explicit nulls are refused by the schema first.
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .serializationInclusion(JsonInclude.Include.NON_EMPTY)
            .build();

    private PlanJson() {
    }

    /** Thread-safe once configured, as Jackson mappers are. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    static final class DurationDeserializer extends JsonDeserializer<Duration> {
        @Override
        public Duration deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String text = p.currentToken() == JsonToken.VALUE_STRING ? p.getText() : p.getValueAsString();
            return DurationText.parse(text).orElseThrow(
                    () -> com.fasterxml.jackson.databind.exc.InvalidFormatException.from(p, DurationText.explain(text), text, Duration.class));
        }
    }

    static final class DurationSerializer extends JsonSerializer<Duration> {
        @Override
        public void serialize(Duration value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
            gen.writeString(DurationText.format(value));
        }
    }
}
