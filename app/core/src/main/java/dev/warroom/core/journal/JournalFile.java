package dev.warroom.core.journal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A journal file read whole and decoded line by line, shared by the reader, the verifier and resume. */
record JournalFile(byte[] bytes, List<DecodedLine> lines) {

    /** {@code withData}: decode each event's data too (to resume or report), or only check the chain. */
    static JournalFile read(Path file, boolean withData) throws IOException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw JournalFailures.reading(file, e);
        }
        return decode(bytes, withData);
    }

    static JournalFile decode(byte[] bytes, boolean withData) {
        return new JournalFile(bytes, ChunkedDecode.decode(bytes, withData));
    }

    /**
     * The last line when it is what a crash mid-append leaves behind: no newline, or not readable JSON at
     * all. Such an event was never acknowledged, so nothing acted on it.
     */
    DecodedLine tornTail() {
        if (lines.isEmpty()) {
            return null;
        }
        DecodedLine last = lines.get(lines.size() - 1);
        return !last.raw().terminated() || last.unreadableJson() ? last : null;
    }

    List<DecodedLine> linesBefore(DecodedLine line) {
        return lines.subList(0, line.raw().number() - 1);
    }
}
