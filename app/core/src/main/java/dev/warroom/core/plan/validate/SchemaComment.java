package dev.warroom.core.plan.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.warroom.core.plan.load.PlanSchemaText;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code # yaml-language-server: $schema=...} comment at the top of a plan, as an editor follows it:
 * a relative path is resolved against the plan's folder, so {@code ./schema/plan.schema.json} only works
 * beside the plans in this repository. A comment naming a file that is not there, or a schema of another
 * WarRoom version, gets a warning that says how to write the right one beside the plan.
 */
public final class SchemaComment {

    private static final Pattern COMMENT = Pattern.compile("^(\\s*#\\s*yaml-language-server:\\s*\\$schema=)(\\S+)");
    /** Editors read the modeline near the top; a plan's header comment block is never longer than this. */
    private static final int LINES_SEARCHED = 50;
    private static final long LARGEST_SCHEMA = 4L * 1024 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();

    private SchemaComment() {
    }

    /** A warning about the plan's {@code $schema} comment, if the file it names is missing or is not this version's schema. */
    public static Optional<Problem> check(Path plan) {
        Optional<Found> found = find(plan);
        if (found.isEmpty() || found.get().target().contains(":")) {
            return Optional.empty();
        }
        Found comment = found.get();
        Path schema = resolve(plan, comment.target());
        if (schema == null || !Files.isRegularFile(schema)) {
            Path instead = schema != null ? schema : plan.resolveSibling(Path.of("schema", "plan.schema.json"));
            return Optional.of(warning(plan, comment, "$schema comment: " + comment.target() + " is not there relative to this plan, so an"
                    + " editor can neither complete nor check it; write it there with: warroom schema --out " + instead
                    + (schema != null ? "" : " and change the comment to $schema=./schema/plan.schema.json")));
        }
        if (!isThisVersionsSchema(schema)) {
            return Optional.of(warning(plan, comment, "$schema comment: " + comment.target() + " is not the schema this WarRoom validates"
                    + " against (another version), so an editor may offer kinds and properties that validate refuses; refresh it with:"
                    + " warroom schema --out " + schema));
        }
        return Optional.empty();
    }

    /** Where an editor looks: a relative name is taken from the plan's folder; null when it names no possible file. */
    private static Path resolve(Path plan, String target) {
        try {
            return plan.resolveSibling(target).normalize();
        } catch (InvalidPathException e) {
            return null;
        }
    }

    private static Optional<Found> find(Path plan) {
        try (InputStream in = Files.newInputStream(plan);
             BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (int number = 1; number <= LINES_SEARCHED; number++) {
                String line = lines.readLine();
                if (line == null) {
                    return Optional.empty();
                }
                Matcher m = COMMENT.matcher(line);
                if (m.find()) {
                    return Optional.of(new Found(number, m.end(1) + 1, m.group(2)));
                }
            }
        } catch (IOException | RuntimeException e) {
            // An unreadable or undecodable plan is reported by the validator itself.
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static boolean isThisVersionsSchema(Path schema) {
        try {
            if (Files.size(schema) > LARGEST_SCHEMA) {
                return false;
            }
            JsonNode theirs = JSON.readTree(schema.toFile());
            return ThisVersion.SCHEMA.equals(theirs);
        } catch (IOException e) {
            return false;
        }
    }

    private static Problem warning(Path plan, Found comment, String message) {
        return new Problem(plan.toString(), comment.line(), comment.column(), Severity.WARNING, message);
    }

    /** Parsed once, the first time a plan's comment names an existing file. */
    private static final class ThisVersion {
        static final JsonNode SCHEMA = parse();

        private static JsonNode parse() {
            try {
                return JSON.readTree(PlanSchemaText.json());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private record Found(int line, int column, String target) {
    }
}
