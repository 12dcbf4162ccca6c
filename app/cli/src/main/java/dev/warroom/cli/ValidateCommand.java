package dev.warroom.cli;

import dev.warroom.core.plan.validate.PlanValidation;
import dev.warroom.core.plan.validate.Problem;
import dev.warroom.core.plan.validate.SchemaComment;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code warroom validate FILE...}: syntax, schema and meaning checks, every problem at once. */
@Command(name = "validate", description = "Check plan files: syntax, schema and meaning. Exit 0 when all pass.")
final class ValidateCommand implements Callable<Integer> {

    static final int PROBLEMS_FOUND = 1;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Plan files (YAML).")
    List<Path> files;

    @Option(names = {"-q", "--quiet"}, description = "Print only errors, not warnings or the summary.")
    boolean quiet;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        PlanValidation validation = new PlanValidation();
        int errors = 0;
        int warnings = 0;
        int failedFiles = 0;
        for (Path file : files) {
            PlanValidation.Result result = validation.validate(file);
            for (Problem problem : withSchemaComment(file, result.problems())) {
                if (problem.isError()) {
                    errors++;
                    err.println(problem.format());
                } else {
                    warnings++;
                    if (!quiet) {
                        err.println(problem.format());
                    }
                }
            }
            if (!result.passed()) {
                failedFiles++;
            }
        }
        if (!quiet) {
            out.printf("%d file(s) checked: %d passed, %d failed; %d error(s), %d warning(s)%n",
                    files.size(), files.size() - failedFiles, failedFiles, errors, warnings);
        }
        err.flush();
        out.flush();
        return failedFiles == 0 ? 0 : PROBLEMS_FOUND;
    }

    /** The plan's problems and, in place, a warning about its editor's $schema comment (validate is where the author looks). */
    private static List<Problem> withSchemaComment(Path file, List<Problem> problems) {
        var comment = SchemaComment.check(file);
        if (comment.isEmpty()) {
            return problems;
        }
        List<Problem> all = new ArrayList<>(problems);
        all.add(comment.get());
        all.sort(Problem.BY_POSITION);
        return all;
    }
}
