/**
 * A report as a document: sections of blocks (paragraphs, facts, tables, charts and fields left for the
 * author), in one language, with the journal's final hash and its verification at the top. Built from the
 * plan, the journal and a template by {@code core.report}; laid out by the renderers of the {@code report}
 * module (Markdown, HTML, PDF, CSV) and the console's preview. Every text in it is already safe for display
 * (secrets redacted, control characters escaped) but NOT escaped for any format: each renderer escapes
 * for its own.
 */
package dev.warroom.core.report.doc;
