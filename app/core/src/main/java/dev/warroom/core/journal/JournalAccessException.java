package dev.warroom.core.journal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A journal that cannot be used for a reason a person can fix: the wrong file, a file another WarRoom
 * holds, a folder that cannot be written, a full disk. The message says what happened in words; the
 * {@link Reason} lets each front end (command line, console) choose what to add and how to end.
 */
public final class JournalAccessException extends IOException {

    private static final long serialVersionUID = 1L;

    /** Why the journal cannot be used. */
    public enum Reason {
        /** Nothing at the path. */
        NOT_FOUND,
        /** The folder meant to hold a new journal does not exist. */
        FOLDER_MISSING,
        /** The path is a folder. */
        IS_FOLDER,
        /** The path is a device, a pipe or something else that is not a plain file. */
        NOT_A_FILE,
        /** The file holds something other than journal events (the plan, say). */
        NOT_A_JOURNAL,
        /** A new journal was asked for where one already is. */
        ALREADY_EXISTS,
        /** Another WarRoom (this process or another) has the journal open for writing. */
        LOCKED,
        /** The file cannot be read (permissions). */
        UNREADABLE,
        /** The file or its folder cannot be written (permissions, a read-only file system). */
        UNWRITABLE,
        /** The disk is full. */
        DISK_FULL,
        /** Reading or writing failed for another reason the operating system gave. */
        IO_FAILED
    }

    private final Reason reason;
    private final transient Path file;

    JournalAccessException(Reason reason, Path file, String message) {
        super(message);
        this.reason = Objects.requireNonNull(reason);
        this.file = file;
    }

    JournalAccessException(Reason reason, Path file, String message, IOException cause) {
        super(message, cause);
        this.reason = Objects.requireNonNull(reason);
        this.file = file;
    }

    public Reason reason() {
        return reason;
    }

    /** The journal concerned. */
    public Path file() {
        return file;
    }
}
