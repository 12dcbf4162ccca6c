package dev.warroom.cli;

import dev.warroom.core.journal.JournalProblem;
import dev.warroom.core.journal.JournalVerifier;
import dev.warroom.core.journal.Verdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code warroom verify JOURNAL}: checks the hash chain and names the first altered, removed or reordered event. */
@Command(name = "verify", description = "Check a journal's hash chain; name the first altered, removed or reordered event.")
final class VerifyCommand implements Callable<Integer> {

    @Parameters(paramLabel = "JOURNAL", description = "Journal file (JSON Lines).")
    Path journal;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (!Files.isRegularFile(journal)) {
            spec.commandLine().getErr().println("warroom: " + journal + ": no such journal");
            return ExitCodes.USAGE;
        }
        Verdict verdict = JournalVerifier.verify(journal);
        if (verdict.ok()) {
            spec.commandLine().getOut().println(journal + ": " + verdict.message());
            return ExitCodes.OK;
        }
        spec.commandLine().getErr().println(journal + ": " + where(verdict) + verdict.message());
        return ExitCodes.PROBLEMS;
    }

    /** A torn last line has no event to name; say which line it is. Every other problem names its event or line itself. */
    private static String where(Verdict verdict) {
        return verdict.problem().filter(p -> p.kind() == JournalProblem.Kind.INCOMPLETE_LAST_LINE)
                .map(p -> "line " + p.line() + ", after event " + verdict.eventCount() + ": ").orElse("");
    }
}
