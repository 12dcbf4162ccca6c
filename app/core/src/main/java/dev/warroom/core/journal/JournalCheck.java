package dev.warroom.core.journal;

import dev.warroom.core.journal.JournalProblem.Kind;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * A journal file held against its own chain and against its seals: the one check behind verify,
 * resume and reopening a journal to append. Names the first problem, whatever it is.
 */
final class JournalCheck {

    /**
     * {@code lines}: those checked (without a torn last line when one was set aside); {@code torn}: that
     * line, or null; {@code problem}: the first problem, or null when chain and seals hold.
     */
    record Result(JournalFile file, List<DecodedLine> lines, DecodedLine torn, ChainWalk.Result chain, SealFile.Contents seals,
                  JournalProblem problem) {

        List<String> hashes() {
            return lines.stream().map(DecodedLine::hash).toList();
        }

        String head() {
            return chain.lastVerifiedHash();
        }
    }

    private JournalCheck() {
    }

    /** Checks {@code file} whole: a torn last line is a problem too (for verify). */
    static Result whole(Path file) throws IOException {
        return check(file, JournalFile.read(file, false), false);
    }

    /** Checks the file's bytes as they will be resumed: a torn last line is set aside, not held against the chain. */
    static Result toResume(Path file, JournalFile journal) throws IOException {
        return check(file, journal, true);
    }

    private static Result check(Path file, JournalFile journal, boolean setTornAside) throws IOException {
        DecodedLine torn = setTornAside ? journal.tornTail() : null;
        List<DecodedLine> lines = torn == null ? journal.lines() : journal.linesBefore(torn);
        SealFile.Contents seals = SealFile.read(file);
        ChainWalk.Result chain = ChainWalk.firstProblem(lines);
        JournalProblem problem = shapeProblem(journal, lines, seals);
        if (problem == null && !chain.intact()) {
            problem = chain.problems().get(0);
        }
        if (problem == null) {
            problem = SealCheck.firstProblem(seals, lines.stream().map(DecodedLine::hash).toList());
        }
        return new Result(journal, lines, torn, chain, seals, problem);
    }

    /** An empty file, or one in which no line is even JSON (the plan, say), before any question of chains. */
    private static JournalProblem shapeProblem(JournalFile journal, List<DecodedLine> lines, SealFile.Contents seals) {
        if (journal.bytes().length == 0) {
            JournalSeal sealed = seals.last();
            String note = sealed == null ? " (nothing was ever recorded in it)"
                    : ", though seal " + sealed.number() + " recorded " + sealed.events() + " events: they were all removed";
            return new JournalProblem(Kind.EMPTY, 0, 0, null, "the file is empty: it holds no events" + note);
        }
        boolean onlyATornFirstLine = journal.lines().size() == 1 && !journal.lines().get(0).raw().terminated();
        if (!lines.isEmpty() && lines.stream().allMatch(DecodedLine::unreadableJson) && !onlyATornFirstLine) {
            return new JournalProblem(Kind.NOT_A_JOURNAL, 1, 0, null, "this is not a WarRoom journal: none of its "
                    + journal.lines().size() + (journal.lines().size() == 1 ? " line is" : " lines is") + " a journal event");
        }
        return null;
    }
}
