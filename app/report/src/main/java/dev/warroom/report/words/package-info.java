/** The words a layout adds around a report document's own, in the report's language. */
package dev.warroom.report.words;
