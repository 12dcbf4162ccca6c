package dev.warroom.core.report.doc;

/** One piece of a section, laid out by each renderer in its own way. */
public sealed interface Block permits Paragraph, BulletList, Facts, Table, ToFill, Chart {
}
