package dev.warroom.cli;

/** Exit codes shared by the commands. */
final class ExitCodes {
    static final int OK = 0;
    static final int PROBLEMS = 1;
    static final int USAGE = 2;
    static final int ABORTED = 3;
    static final int STOPPED = 4;

    private ExitCodes() {
    }
}
