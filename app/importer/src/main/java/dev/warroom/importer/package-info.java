/**
 * Turns an existing DR document into a draft plan: {@link dev.warroom.importer.DocumentImporter} is the one entry point
 * for every front end (the CLI's {@code warroom import}, the console's Import action), and
 * {@code importer.markdown.DocumentImporters.standard()} gives the one they use. The text is decoded and repaired
 * first ({@code importer.encoding}), read as CommonMark with GFM tables, and each part is mapped to a plan section; known
 * shell commands become native actions ({@code importer.commands}); mermaid graphs become the decision tree
 * ({@code importer.mermaid}). Nothing is dropped: what maps nowhere goes to the plan's reference, with a warning.
 */
package dev.warroom.importer;
