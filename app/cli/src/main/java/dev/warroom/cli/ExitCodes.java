package dev.warroom.cli;

import java.util.LinkedHashMap;
import java.util.Map;

/** Exit codes shared by the commands, and their meaning as `--help` lists it. */
final class ExitCodes {
    static final int OK = 0;
    static final int PROBLEMS = 1;
    static final int USAGE = 2;
    static final int ABORTED = 3;
    static final int STOPPED = 4;
    /** The journal's chain or seal does not hold: nothing is resumed or added to it. */
    static final int JOURNAL_DAMAGED = 5;
    /** Another WarRoom has the journal open for writing. */
    static final int JOURNAL_BUSY = 6;
    /** The journal or its folder cannot be read or written: permissions, a full disk, an I/O error. */
    static final int JOURNAL_UNAVAILABLE = 7;
    static final int INTERNAL_ERROR = 70;

    private ExitCodes() {
    }

    /** What `--help` says under "Exit codes". */
    static Map<String, String> described() {
        Map<String, String> codes = new LinkedHashMap<>();
        codes.put(OK + "", "Done: the plan is valid, the incident resolved, the journal verified.");
        codes.put(PROBLEMS + "", "Problems found: the plan does not validate, or verify found damage or a head that differs.");
        codes.put(USAGE + "", "Wrong command line or wrong file: a missing journal, a folder, the plan given as the journal.");
        codes.put(ABORTED + "", "The incident was aborted.");
        codes.put(STOPPED + "", "Stopped before the end (input closed); the journal is saved: resume it.");
        codes.put(JOURNAL_DAMAGED + "", "The journal is damaged (its chain or seal does not hold): nothing was resumed or added.");
        codes.put(JOURNAL_BUSY + "", "Another WarRoom has the journal open (or created it first).");
        codes.put(JOURNAL_UNAVAILABLE + "", "The journal or its folder cannot be read or written: permissions, a full disk, I/O.");
        codes.put(INTERNAL_ERROR + "", "Internal error: a bug in WarRoom (set WARROOM_DEBUG=1 for details).");
        return codes;
    }
}
