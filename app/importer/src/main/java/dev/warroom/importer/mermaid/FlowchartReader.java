package dev.warroom.importer.mermaid;

/**
 * Reads a mermaid flowchart and turns it into decision-tree nodes. Never refuses: what it cannot read becomes a warning,
 * and a cycle becomes a reassess node where it is a "wait and check again" loop, else it is broken with a warning.
 */
public interface FlowchartReader {

    /**
     * @param source the fenced block's content
     * @param firstLine the 1-based document line of the block's first content line, for warnings
     */
    TreeDraft read(String source, int firstLine);
}
