package dev.warroom.cli;

import dev.warroom.core.journal.JournalAccessException;
import dev.warroom.core.journal.JournalCorruptException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Last line of defence: what a command did not handle becomes one line and an exit code, never a stack
 * trace. A journal that cannot be used (core's {@link JournalAccessException} and
 * {@link JournalCorruptException}, with their words) gets the exit code of its kind; anything else is
 * an internal error. Set WARROOM_DEBUG=1 to see the trace.
 */
final class FriendlyErrors implements IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception ex, CommandLine commandLine, ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        Throwable journalTrouble = journalTrouble(ex);
        int code;
        if (journalTrouble instanceof JournalAccessException access) {
            err.println("warroom: " + access.getMessage() + resumeHint(access));
            code = exitCodeOf(access.reason());
        } else if (journalTrouble instanceof JournalCorruptException damaged) {
            err.println("warroom: " + damaged.getMessage());
            code = ExitCodes.JOURNAL_DAMAGED;
        } else {
            err.println("warroom: internal error: " + ex + " (set WARROOM_DEBUG=1 for details)");
            code = ExitCodes.INTERNAL_ERROR;
        }
        if (System.getenv("WARROOM_DEBUG") != null) {
            ex.printStackTrace(err);
        }
        return code;
    }

    /** The journal condition behind {@code ex}, however deep the engine wrapped it; otherwise {@code ex}. */
    private static Throwable journalTrouble(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof JournalAccessException || t instanceof JournalCorruptException) {
                return t;
            }
        }
        return ex;
    }

    /** A journal that already holds an incident is one to resume: say how. */
    private static String resumeHint(JournalAccessException access) {
        boolean holdsEvents = access.reason() == JournalAccessException.Reason.ALREADY_EXISTS && access.file() != null
                && access.file().toFile().length() > 0;
        return holdsEvents ? "; to resume it: warroom resume " + access.file() : "";
    }

    static int exitCodeOf(JournalAccessException.Reason reason) {
        return switch (reason) {
            case NOT_FOUND, FOLDER_MISSING, IS_FOLDER, NOT_A_FILE, NOT_A_JOURNAL, ALREADY_EXISTS -> ExitCodes.USAGE;
            case LOCKED -> ExitCodes.JOURNAL_BUSY;
            case UNREADABLE, UNWRITABLE, DISK_FULL, IO_FAILED -> ExitCodes.JOURNAL_UNAVAILABLE;
        };
    }
}
