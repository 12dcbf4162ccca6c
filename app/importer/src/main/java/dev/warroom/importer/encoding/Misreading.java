package dev.warroom.importer.encoding;

/**
 * How a garbled document's text had been damaged, in parts a reader can say in any language: the file was read as
 * {@code file}, and the text in it was UTF-8 that had once been read as {@code misreadAs} and saved again.
 *
 * @param file the encoding the file's bytes were read as ("UTF-8", "UTF-8 with a byte-order mark")
 * @param misreadAs what the UTF-8 had been taken for ("Windows-1252", "Latin-1", "Windows-1252 or Latin-1")
 * @param bytesLost whether that misreading lost bytes, so that some characters had to be chosen among candidates
 */
public record Misreading(String file, String misreadAs, boolean bytesLost) {
}
