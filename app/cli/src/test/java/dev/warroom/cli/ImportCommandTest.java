package dev.warroom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code warroom import DOC --out PLAN.yaml}: a draft that validates, a summary of what was found, and no overwriting. */
class ImportCommandTest {

    @TempDir
    Path folder;

    @Test
    void importsASeedIntoADraftThatValidatesAndSaysWhatItFound() throws IOException {
        Path plan = folder.resolve("drafts").resolve("chatops.yaml");
        Path report = folder.resolve("chatops-import.md");

        CliRun run = CliRun.of("import", seed("002_17dca04e92502f9e.txt").toString(), "--out", plan.toString(), "--report", report.toString());

        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(run.out()).contains("into " + plan + ": plan chatops").containsPattern("\\d+ steps in \\d+ procedure\\(s\\)")
                .contains("checklist items").containsPattern("[1-9]\\d* targets").contains("warning(s)")
                .contains("0 uncertain character(s)").contains("the draft validates");
        assertThat(CliRun.of("validate", plan.toString()).exitCode()).isZero();
        assertThat(Files.readString(report, StandardCharsets.UTF_8)).contains("## What became what").contains("| Lines | Was | Became |")
                .contains("targets (rto, rpo, mttr)");
    }

    @Test
    void theGarbledCopyListsEachUncertainCharacterWithItsLine() {
        Path plan = folder.resolve("ai-workflow.yaml");
        Path document = seed("001_785f90abe9d4ddce.txt");

        CliRun run = CliRun.of("import", document.toString(), "--out", plan.toString());

        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(run.out()).contains("UTF-8 read as Windows-1252").containsPattern("\\d+ uncertain character\\(s\\), to check:")
                .containsPattern(java.util.regex.Pattern.quote(document.toString()) + ":\\d+:\\d+: '.' \\(candidates .+\\) in \"")
                .contains("the draft validates");
    }

    @Test
    void refusesToOverwriteAPlanWithoutForce() throws IOException {
        Path plan = Files.writeString(folder.resolve("plan.yaml"), "mine");

        CliRun refused = CliRun.of("import", seed("004_d185dd5c8fa44b92.txt").toString(), "--out", plan.toString());

        assertThat(refused.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(refused.err()).contains(plan + ": already exists; not overwritten (add --force to replace it)");
        assertThat(Files.readString(plan)).isEqualTo("mine");

        CliRun forced = CliRun.of("import", seed("004_d185dd5c8fa44b92.txt").toString(), "--out", plan.toString(), "--force");

        assertThat(forced.exitCode()).as(forced.all()).isZero();
        assertThat(Files.readString(plan, StandardCharsets.UTF_8)).contains("id: gemini-image-toolbox");
    }

    @Test
    void aMissingOrRefusedDocumentIsOneClearLine() throws IOException {
        CliRun missing = CliRun.of("import", folder.resolve("nope.md").toString(), "--out", folder.resolve("a.yaml").toString());
        Path empty = Files.writeString(folder.resolve("empty.md"), "");
        CliRun refused = CliRun.of("import", empty.toString(), "--out", folder.resolve("b.yaml").toString());

        assertThat(missing.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(missing.err()).isEqualTo(folder.resolve("nope.md") + ": no such file" + System.lineSeparator());
        assertThat(refused.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(refused.err()).contains("empty.md is empty: nothing to import").doesNotContain("Exception");
        assertThat(folder.resolve("b.yaml")).doesNotExist();
    }

    @Test
    void helpListsTheExitCodesAnImportCanEnd() {
        CliRun run = CliRun.of("help", "import");

        assertThat(run.out()).contains("Exit codes:").containsPattern("\\n +0 +The draft was written and validates")
                .containsPattern("\\n +2 +Wrong command line or document").containsPattern("\\n +70 +Internal error")
                .as("no journal in an import").doesNotContain("journal").doesNotContain("incident");
    }

    @Test
    void theOutOptionIsRequired() {
        CliRun run = CliRun.of("import", seed("002_17dca04e92502f9e.txt").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("Missing required option: '--out=PLAN.yaml'");
    }

    private static Path seed(String file) {
        return Path.of(System.getProperty("warroom.root", "../.."), "plans", "sources", file);
    }
}
