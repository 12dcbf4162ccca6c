package dev.warroom.core.journal;

import dev.warroom.core.journal.JournalAccessException.Reason;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Locale;

/** Puts what the operating system said about a journal file into words a commander can act on. */
final class JournalFailures {

    private JournalFailures() {
    }

    /** A failure to read {@code file} (to verify, report or resume it). */
    static JournalAccessException reading(Path file, IOException e) {
        if (e instanceof JournalAccessException known) {
            return known;
        }
        if (e instanceof NoSuchFileException) {
            return new JournalAccessException(Reason.NOT_FOUND, file, file + ": no journal at this path", e);
        }
        if (e instanceof AccessDeniedException) {
            return new JournalAccessException(Reason.UNREADABLE, file, "cannot read the journal " + file
                    + ": permission denied (check who owns it and its permissions)", e);
        }
        if (says(e, "is a directory")) {
            return isFolder(file);
        }
        return new JournalAccessException(Reason.IO_FAILED, file, "cannot read the journal " + file + ": " + reasonOf(e), e);
    }

    /** A failure to create or write {@code file}. {@code doing} says what was being written, e.g. "write event 7". */
    static JournalAccessException writing(Path file, String doing, IOException e) {
        if (e instanceof JournalAccessException known) {
            return known;
        }
        Path folder = file.toAbsolutePath().getParent();
        if (e instanceof AccessDeniedException || says(e, "read-only file system")) {
            String what = e instanceof AccessDeniedException ? "permission denied" : "the file system is read-only";
            return new JournalAccessException(Reason.UNWRITABLE, file, "cannot " + doing + " " + file + ": " + what
                    + " (the journal and its folder " + folder + " must be writable)", e);
        }
        if (says(e, "no space left")) {
            return new JournalAccessException(Reason.DISK_FULL, file, "cannot " + doing + " " + file
                    + ": the disk is full", e);
        }
        if (says(e, "disk quota")) {
            return new JournalAccessException(Reason.DISK_FULL, file, "cannot " + doing + " " + file
                    + ": the disk quota is used up", e);
        }
        if (e instanceof NoSuchFileException || e instanceof NotDirectoryException) {
            return folderMissing(file);
        }
        if (says(e, "is a directory")) {
            return isFolder(file);
        }
        return new JournalAccessException(Reason.IO_FAILED, file, "cannot " + doing + " " + file + ": " + reasonOf(e), e);
    }

    static JournalAccessException isFolder(Path file) {
        return new JournalAccessException(Reason.IS_FOLDER, file, file + " is a folder, not a journal; name a file, e.g. "
                + file.resolve("incident.jsonl"));
    }

    static JournalAccessException folderMissing(Path file) {
        Path folder = file.toAbsolutePath().getParent();
        return new JournalAccessException(Reason.FOLDER_MISSING, file, "the folder " + folder
                + " does not exist; create it first (a journal's folder is never created for it, so a mistyped path"
                + " does not quietly put the record somewhere else)");
    }

    private static boolean says(IOException e, String words) {
        String text = e instanceof FileSystemException fs ? fs.getReason() : e.getMessage();
        return text != null && text.toLowerCase(Locale.ROOT).contains(words);
    }

    private static String reasonOf(IOException e) {
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
