/**
 * Reading a Markdown DR document into a draft plan: {@link dev.warroom.importer.markdown.DocumentImporters#standard()}
 * gives the importer every front end uses. The text is decoded first ({@code importer.encoding}), parsed as CommonMark
 * with GFM tables and walked block by block ({@code DocumentWalk}); readers fill a {@code PlanDraft}; commands go to
 * {@code importer.commands}, mermaid flowcharts to {@code importer.mermaid}; {@code importer.draft} writes the YAML.
 */
package dev.warroom.importer.markdown;
