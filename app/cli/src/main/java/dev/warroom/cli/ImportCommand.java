package dev.warroom.cli;

import dev.warroom.core.plan.validate.PlanValidation;
import dev.warroom.core.plan.validate.Problem;
import dev.warroom.importer.DocumentImporter;
import dev.warroom.importer.ImportResult;
import dev.warroom.importer.ImportWarning;
import dev.warroom.importer.encoding.UncertainCharacter;
import dev.warroom.importer.markdown.DocumentImporters;
import dev.warroom.importer.markdown.ImportFigures;
import dev.warroom.importer.markdown.MappingReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code warroom import DOC --out PLAN.yaml [--report FILE] [--force]}: turns an existing DR document into a draft plan
 * that validates, says what it found, and lists what a person must check (warnings, uncertain characters).
 */
@Command(name = "import", description = {"Turn an existing DR document (Markdown, any common encoding) into a draft plan. "
        + "The draft validates; steps, checklists, targets and the decision tree are taken from the document, and what maps "
        + "nowhere is kept in the plan's reference. --report writes what became what, line by line (Markdown)."},
        exitCodeList = {"0:The draft was written and validates (warnings allowed).",
                "1:The draft was written but does not validate: a bug in the importer; please report it with the document.",
                "2:Wrong command line or document, or an output that cannot be written: no such document, a folder, a "
                        + "document refused (empty, binary, too large, not text), an output that exists without --force; "
                        + "the message says which.",
                "70:Internal error: a bug in WarRoom (set WARROOM_DEBUG=1 for details)."})
final class ImportCommand implements Callable<Integer> {

    private static final int WARNINGS_SHOWN = 20;

    @Parameters(paramLabel = "DOC", description = "The document to import.")
    Path document;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "PLAN.yaml", description = "Where to write the draft plan.")
    Path out;

    @Option(names = "--report", paramLabel = "FILE", description = "Also write the mapping report (Markdown) to FILE.")
    Path report;

    @Option(names = "--force", description = "Replace PLAN.yaml (and the report) if they exist.")
    boolean force;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            return run(stdout, err);
        } finally {
            stdout.flush();
            err.flush();
        }
    }

    private int run(PrintWriter stdout, PrintWriter err) {
        if (!Files.isRegularFile(document)) {
            err.println(document + ": " + (Files.isDirectory(document) ? "is a folder, not a document" : "no such file"));
            return ExitCodes.USAGE;
        }
        for (Path target : report == null ? List.of(out) : List.of(out, report)) {
            if (Files.exists(target) && !force) {
                err.println(target + ": already exists; not overwritten (add --force to replace it)");
                return ExitCodes.USAGE;
            }
        }
        DocumentImporter importer = DocumentImporters.standard();
        ImportResult result = importer.importFile(document);
        if (result.refused()) {
            err.println(document + ": " + result.refusal().get());
            return ExitCodes.USAGE;
        }
        String documentName = document.getFileName().toString();
        try {
            write(out, result.planYaml());
            if (report != null) {
                write(report, MappingReport.markdown(result, documentName));
            }
        } catch (IOException e) {
            err.println(out + ": cannot write the draft: " + reason(e));
            return ExitCodes.USAGE;
        }
        summary(stdout, result);
        warnings(stdout, result.warnings());
        uncertain(stdout, result.decoded().uncertain());
        return validated(stdout, err);
    }

    private void summary(PrintWriter stdout, ImportResult result) {
        ImportFigures figures = ImportFigures.of(result);
        stdout.println("imported " + document + " (" + result.decoded().encoding() + ") into " + out + ": plan " + result.planId());
        stdout.println("  " + figures.steps() + " steps in " + figures.procedures() + " procedure(s) (" + figures.actions() + " native actions, "
                + figures.destructive() + " destructive with a verification to fill), " + figures.checklistItems() + " checklist items, "
                + figures.targets() + " targets; " + figures.referenceSections() + " reference section(s) keep what mapped nowhere");
        if (report != null) {
            stdout.println("  the mapping report (what became what, by line) is in " + report);
        }
    }

    private void warnings(PrintWriter stdout, List<ImportWarning> warnings) {
        stdout.println(warnings.size() + " warning(s)" + (warnings.isEmpty() ? "" : ":"));
        warnings.stream().limit(WARNINGS_SHOWN).forEach(w -> stdout.println("  " + document + (w.line() > 0 ? ":" + w.line() : "")
                + ": warning: " + w.message()));
        if (warnings.size() > WARNINGS_SHOWN) {
            stdout.println("  … " + (warnings.size() - WARNINGS_SHOWN) + " more"
                    + (report == null ? " (--report FILE lists them all)" : " in " + report));
        }
    }

    private void uncertain(PrintWriter stdout, List<UncertainCharacter> uncertain) {
        stdout.println(uncertain.size() + " uncertain character(s)" + (uncertain.isEmpty() ? "" : ", to check:"));
        uncertain.forEach(u -> stdout.println("  " + document + ":" + u.line() + ":" + u.column() + ": '" + u.chosen() + "' (candidates "
                + String.join(" ", u.candidates()) + ") in \"" + u.context() + "\""));
    }

    /** The draft is checked as `warroom validate` would; an error there is a bug in the importer, reported as problems found. */
    private int validated(PrintWriter stdout, PrintWriter err) {
        PlanValidation.Result validation = new PlanValidation().validate(out);
        long errors = validation.problems().stream().filter(Problem::isError).count();
        long warnings = validation.problems().size() - errors;
        if (errors > 0) {
            validation.problems().stream().filter(Problem::isError).forEach(p -> err.println(p.format()));
            err.println("the draft does not validate: " + errors + " error(s); please report it with the document");
            return ExitCodes.PROBLEMS;
        }
        stdout.println("the draft validates (" + warnings + " validation warning(s)): warroom validate " + out);
        return ExitCodes.OK;
    }

    private static void write(Path file, String text) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        if (folder != null) {
            Files.createDirectories(folder);
        }
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static String reason(IOException e) {
        return IoReasons.of(e);
    }
}
