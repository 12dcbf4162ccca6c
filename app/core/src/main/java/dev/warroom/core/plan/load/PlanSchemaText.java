package dev.warroom.core.plan.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The plan JSON Schema this version of WarRoom validates against, as editors read it (UTF-8 JSON). */
public final class PlanSchemaText {

    private PlanSchemaText() {
    }

    public static String json() {
        try (InputStream in = PlanSchemaText.class.getResourceAsStream(SchemaCheck.RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("plan schema missing from the classpath at " + SchemaCheck.RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
