package dev.warroom.cli;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Last line of defence: an unexpected failure is reported in one line, never as a stack trace.
 * Set WARROOM_DEBUG=1 to see the trace.
 */
final class FriendlyErrors implements IExecutionExceptionHandler {

    static final int INTERNAL_ERROR = 70;

    @Override
    public int handleExecutionException(Exception ex, CommandLine commandLine, ParseResult parseResult) {
        commandLine.getErr().println("warroom: internal error: " + ex + " (set WARROOM_DEBUG=1 for details)");
        if (System.getenv("WARROOM_DEBUG") != null) {
            ex.printStackTrace(commandLine.getErr());
        }
        return INTERNAL_ERROR;
    }
}
