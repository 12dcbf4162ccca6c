package dev.warroom.core.incident;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import dev.warroom.core.journal.UtcInstants;
import java.io.IOException;
import java.time.Instant;

/**
 * Reads a checkpoint's times ({@link Instant#toString} text) without the general-purpose formatter: binding the
 * 25,000 notes of a long night spent most of a cold resume's restore in it. Anything but text goes to the
 * Java-time module's reader, as before.
 */
final class CheckpointInstants extends StdScalarDeserializer<Instant> {

    private static final long serialVersionUID = 1L;

    private CheckpointInstants() {
        super(Instant.class);
    }

    /** A module that reads every {@link Instant} this way; register it after the Java-time module, so it wins. */
    static SimpleModule module() {
        return new SimpleModule("checkpoint-instants").addDeserializer(Instant.class, new CheckpointInstants());
    }

    @Override
    public Instant deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (parser.currentToken() != JsonToken.VALUE_STRING) {
            return InstantDeserializer.INSTANT.deserialize(parser, context);
        }
        try {
            return UtcInstants.parse(parser.getText());
        } catch (java.time.DateTimeException e) {
            return (Instant) context.handleWeirdStringValue(Instant.class, parser.getText(), "not a time: %s", e.getMessage());
        }
    }
}
