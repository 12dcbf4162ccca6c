package dev.warroom.importer.markdown;

import dev.warroom.importer.mermaid.TreeDraft;

/**
 * A decision flowchart after the document's first: it becomes a branch of the tree's first question, titled by the
 * heading it stands under.
 *
 * @param proceduresBefore how many procedures came before it in the document: its own ones go there
 */
record FurtherFlowchart(TreeDraft tree, int line, String heading, int proceduresBefore) {
}
