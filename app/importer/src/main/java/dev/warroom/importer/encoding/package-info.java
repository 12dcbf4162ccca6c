/**
 * Decoding a document's bytes: byte-order marks, UTF-8, GBK, Big5 and Latin-1 detected with ICU's CharsetDetector, and
 * mojibake (UTF-8 read as Windows-1252, Windows-1254 or Latin-1, possibly with the bytes those leave undefined dropped)
 * repaired, listing what stays uncertain. docs/importing.md, "Encodings", says how a lost byte's character is chosen.
 */
package dev.warroom.importer.encoding;
