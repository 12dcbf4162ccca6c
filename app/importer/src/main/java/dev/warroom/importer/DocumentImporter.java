package dev.warroom.importer;

import java.nio.file.Path;

/**
 * Imports one document. Implementations never throw for bad input: a document that cannot be imported (empty, binary,
 * over the size cap) comes back as a {@link ImportResult} with {@link ImportResult#refusal()} set, in words.
 */
public interface DocumentImporter {

    /** Documents larger than this are refused before they are read. */
    long MAX_DOCUMENT_BYTES = 5L * 1024 * 1024;

    /** Reads the file (at most {@link #MAX_DOCUMENT_BYTES}), decodes, repairs and maps it. */
    ImportResult importFile(Path document);

    /** The same, for bytes already read; {@code name} is what messages call the document (its file name). */
    ImportResult importBytes(byte[] document, String name);
}
