package dev.warroom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A plan kept outside plans/ gets its editor's schema from {@code warroom schema}, and validate says when the comment points nowhere. */
class SchemaCommandTest {

    private static final String COMMENT = "# yaml-language-server: $schema=./schema/plan.schema.json";

    @TempDir
    Path folder;

    @Test
    void printsTheSchemaThisVersionValidatesAgainst() throws IOException {
        CliRun run = CliRun.of("schema");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo(Files.readString(committedSchema(), StandardCharsets.UTF_8));
    }

    @Test
    void writesTheSchemaToAFileAndSaysWhatCommentNamesIt() throws IOException {
        Path out = folder.resolve("editor").resolve("plan.schema.json");

        CliRun run = CliRun.of("schema", "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(out).hasSameTextualContentAs(committedSchema());
        assertThat(run.out()).contains("wrote the plan schema to " + out).contains("# yaml-language-server: $schema=" + out);
    }

    @Test
    void aPlanOutsidePlansWhoseSchemaIsMissingGetsAWarningWithTheCommandThatFixesIt() throws IOException {
        Path plan = planIn(folder, COMMENT);
        Path expectedSchema = folder.resolve("schema").resolve("plan.schema.json");

        CliRun before = CliRun.of("validate", plan.toString());

        assertThat(before.exitCode()).as("a warning does not fail the plan").isZero();
        assertThat(before.errLines()).singleElement().asString()
                .startsWith(plan + ":1:33: warning: $schema comment: ./schema/plan.schema.json is not there relative to this plan")
                .endsWith("write it there with: warroom schema --out " + expectedSchema);
        assertThat(before.out()).contains("0 error(s), 1 warning(s)");

        assertThat(CliRun.of("schema", "--out", expectedSchema.toString()).exitCode()).isZero();
        CliRun after = CliRun.of("validate", plan.toString());

        assertThat(after.err()).isEmpty();
        assertThat(after.out()).contains("0 error(s), 0 warning(s)");
    }

    @Test
    void aSchemaOfAnotherVersionBesideThePlanIsCalledOut() throws IOException {
        Path plan = planIn(folder, COMMENT);
        Path stale = folder.resolve("schema").resolve("plan.schema.json");
        Files.createDirectories(stale.getParent());
        Files.writeString(stale, "{\"$schema\": \"https://json-schema.org/draft/2020-12/schema\", \"type\": \"object\"}");

        CliRun run = CliRun.of("validate", plan.toString());

        assertThat(run.errLines()).singleElement().asString()
                .contains("warning: $schema comment: ./schema/plan.schema.json is not the schema this WarRoom validates against")
                .endsWith("refresh it with: warroom schema --out " + stale);
    }

    @Test
    void aPlanWithoutTheCommentOrWithAnAddressIsLeftAlone() throws IOException {
        Path without = planIn(folder.resolve("a"), "# a plan whose editor is set up through yaml.schemas");
        Path address = planIn(folder.resolve("b"), "# yaml-language-server: $schema=https://warroom.dev/schema/plan.schema.json");

        CliRun run = CliRun.of("validate", without.toString(), address.toString());

        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
    }

    @Test
    void anOutThatCannotBeWrittenIsAClearError() throws IOException {
        Path notAFolder = Files.writeString(folder.resolve("file"), "x");

        CliRun run = CliRun.of("schema", "--out", notAFolder.resolve("plan.schema.json").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).startsWith(notAFolder.resolve("plan.schema.json") + ": cannot write the schema: ").doesNotContain("Exception");
    }

    /** The minimal valid plan, saved in {@code dir} with {@code firstLine} in place of its own $schema comment. */
    private static Path planIn(Path dir, String firstLine) throws IOException {
        String minimal = Files.readString(CorpusFiles.minimal(), StandardCharsets.UTF_8);
        assertThat(minimal).startsWith("# yaml-language-server: $schema=");
        String body = minimal.substring(minimal.indexOf('\n') + 1);
        Files.createDirectories(dir);
        return Files.writeString(dir.resolve("plan.yaml"), firstLine + "\n" + body, StandardCharsets.UTF_8);
    }

    private static Path committedSchema() {
        return Path.of(System.getProperty("warroom.root", "../.."), "plans", "schema", "plan.schema.json");
    }
}
