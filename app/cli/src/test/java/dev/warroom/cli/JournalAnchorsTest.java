package dev.warroom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warroom.core.journal.JournalReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The attacks the hash chain alone misses, on the journal of a real run: each is caught by the seal
 * written when the incident closed, or by a head copied elsewhere and given to {@code verify --expect-head}.
 */
class JournalAnchorsTest {

    private static final Pattern HEAD = Pattern.compile("journal head: ([0-9a-f]{64}) ");

    @TempDir
    static Path shared;

    @TempDir
    Path dir;

    private static Path finished;
    private static String printedHead;
    private static int events;

    @BeforeAll
    static void runOneIncident() throws Exception {
        finished = shared.resolve("finished.jsonl");
        CliRun run = Incidents.autoRun(finished);
        assertThat(run.exitCode()).as(run.err()).isZero();
        Matcher head = HEAD.matcher(run.out());
        assertThat(head.find()).as("run prints the head at the end: %s", run.out()).isTrue();
        printedHead = head.group(1);
        events = Incidents.events(finished).size();
    }

    /** The journal and its seal, copied as a tamperer would find them. */
    private Path copy() throws Exception {
        Path journal = Files.copy(finished, dir.resolve("copy.jsonl"));
        Files.copy(finished.resolveSibling("finished.jsonl.seal"), dir.resolve("copy.jsonl.seal"));
        return journal;
    }

    @Test
    void runPrintsTheHeadThatVerifyPrintsAndTheReportCarries() throws Exception {
        assertThat(printedHead).isEqualTo(Incidents.events(finished).get(events - 1).hash());

        CliRun verify = CliRun.of("verify", finished.toString());
        assertThat(verify.exitCode()).isZero();
        assertThat(verify.out()).contains("sealed at event " + events).contains("; head " + printedHead);

        CliRun report = CliRun.of("report", finished.toString());
        assertThat(report.exitCode()).as(report.err()).isZero();
        List<String> top = report.out().lines().limit(4).toList();
        assertThat(top.get(2)).startsWith("> **✅ Journal verified**: chain intact, " + events + " events, sealed at event " + events);
        assertThat(top.get(3)).isEqualTo("> Final hash: `" + printedHead + "`");
        assertThat(report.err()).contains("journal verified: ").contains("; final hash " + printedHead);
    }

    @Test
    void theLastLineDeletedIsCaught() throws Exception {
        Path journal = copy();
        Forger.dropLast(journal, 1);

        CliRun run = CliRun.of("verify", journal.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("the journal ends at event " + (events - 1) + ", but seal 1 recorded " + events
                + " events: event " + events + " was removed from its end");
    }

    @Test
    void theLastTenLinesDeletedAreCaught() throws Exception {
        Path journal = copy();
        Forger.dropLast(journal, 10);

        CliRun run = CliRun.of("verify", journal.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("events " + (events - 9) + " to " + events + " were removed from its end");
    }

    @Test
    void aForgedLineAppendedWithACorrectHashIsCaught() throws Exception {
        Path journal = copy();
        Forger.appendForged(journal);
        assertThat(JournalReader.read(journal).clean()).as("the chain alone holds").isTrue();

        CliRun run = CliRun.of("verify", journal.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("event " + (events + 1) + " comes after the last seal (seal 1, at event " + events
                + ") and no seal covers it");
    }

    @Test
    void anEditFollowedByRechainingIsCaught() throws Exception {
        Path journal = copy();
        java.util.List<String> lines = Files.readAllLines(journal);
        int confirmed = lines.indexOf(lines.stream().filter(l -> l.contains("\"type\":\"step.confirmed\"")).findFirst().orElseThrow());
        Forger.editAndRechain(journal, confirmed, "\"actor\":\"autopilot\"", "\"actor\":\"mallory\"");
        assertThat(JournalReader.read(journal).clean()).as("the chain alone holds").isTrue();

        CliRun run = CliRun.of("verify", journal.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("event " + events + " is not the one seal 1 recorded (its hash differs): the journal was"
                + " rewritten after it was sealed");
    }

    @Test
    void aHeadCopiedElsewhereCatchesACutEvenWhenTheSealWentToo() throws Exception {
        Path journal = Files.copy(finished, dir.resolve("no-seal.jsonl"));
        Forger.dropLast(journal, 3);

        CliRun plain = CliRun.of("verify", journal.toString());
        assertThat(plain.exitCode()).as("without an anchor the cut is invisible").isZero();
        assertThat(plain.out()).contains("not sealed");

        CliRun anchored = CliRun.of("verify", journal.toString(), "--expect-head", printedHead);

        assertThat(anchored.exitCode()).isEqualTo(1);
        assertThat(anchored.err()).contains("the journal's head is ").contains("(event " + (events - 3) + "), not the expected "
                + printedHead + ": no event in the journal has that hash, so events were removed from its end");
        assertThat(CliRun.of("verify", finished.toString(), "--expect-head", printedHead.toUpperCase()).exitCode()).isZero();
    }

    @Test
    void aHeadThatIsNotAHashIsAUsageError() {
        CliRun run = CliRun.of("verify", finished.toString(), "--expect-head", "abc");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--expect-head: a head is 64 hexadecimal digits");
    }

    @Test
    void resumingATamperedFinishedJournalNamesTheDamageInsteadOfSayingItIsOver() throws Exception {
        Path journal = copy();
        Forger.dropLast(journal, 10);

        CliRun run = CliRun.of("resume", journal.toString(), "--auto");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.JOURNAL_DAMAGED);
        assertThat(run.err()).contains(journal + " is damaged").contains("events " + (events - 9) + " to " + events
                + " were removed from its end").doesNotContain("already over").doesNotContain("internal error");
    }
}
