/**
 * Decoding a document's bytes: byte-order marks, UTF-8, GBK, Big5 and Latin-1 detected with ICU's CharsetDetector, and
 * mojibake (UTF-8 read as Windows-1252 or Latin-1, possibly with the bytes Windows-1252 leaves undefined dropped)
 * repaired, listing what stays uncertain.
 */
package dev.warroom.importer.encoding;
