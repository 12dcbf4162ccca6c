package dev.warroom.cli;

import dev.warroom.core.journal.JournalProblem;
import dev.warroom.core.journal.JournalVerifier;
import dev.warroom.core.journal.Verdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code warroom verify JOURNAL [--expect-head HASH]}: checks the hash chain and the seals beside it,
 * names the first altered, removed, reordered or appended event, and prints the head.
 */
@Command(name = "verify", description = {"Check a journal's hash chain and its seal; name the first altered, removed, reordered or"
        + " appended event, and print the journal's head (the hash of its last event).",
        "Keep a copy of the head elsewhere (a report, a chat message) and give it back with --expect-head: only a copy kept"
                + " apart shows events cut off the end of a journal that is not sealed. See docs/journal.md."})
final class VerifyCommand implements Callable<Integer> {

    private static final Pattern HEAD = Pattern.compile("[0-9a-fA-F]{64}");

    @Parameters(paramLabel = "JOURNAL", description = "Journal file (JSON Lines).")
    Path journal;

    @Option(names = "--expect-head", paramLabel = "HASH",
            description = "The head copied earlier (from a report, a chat message, `run`'s last line); report when the journal's"
                    + " head differs.")
    String expectHead;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (!Files.exists(journal)) {
            spec.commandLine().getErr().println("warroom: " + journal + ": no such journal");
            return ExitCodes.USAGE;
        }
        if (expectHead != null && !HEAD.matcher(expectHead.strip()).matches()) {
            spec.commandLine().getErr().println("warroom: --expect-head: a head is 64 hexadecimal digits, as `verify` prints it (got '"
                    + expectHead + "')");
            return ExitCodes.USAGE;
        }
        Verdict verdict = JournalVerifier.verify(journal);
        if (!verdict.ok()) {
            spec.commandLine().getErr().println(journal + ": " + where(verdict) + verdict.message());
            return ExitCodes.PROBLEMS;
        }
        spec.commandLine().getOut().println(journal + ": " + verdict.message());
        Optional<String> differs = expectHead == null ? Optional.empty() : verdict.checkHead(expectHead);
        if (differs.isPresent()) {
            spec.commandLine().getErr().println(journal + ": " + differs.get());
            return ExitCodes.PROBLEMS;
        }
        return ExitCodes.OK;
    }

    /** A torn last line has no event to name; say which line it is. Every other problem names its event or line itself. */
    private static String where(Verdict verdict) {
        return verdict.problem().filter(p -> p.kind() == JournalProblem.Kind.INCOMPLETE_LAST_LINE)
                .map(p -> "line " + p.line() + ", after event " + verdict.eventCount() + ": ").orElse("");
    }
}
