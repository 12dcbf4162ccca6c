package dev.warroom.core.report.doc;

import java.util.List;

/** A section: its heading, its blocks, and its subsections (one level deeper each). */
public record ReportSection(String id, String title, List<Block> blocks, List<ReportSection> subsections) {

    public ReportSection {
        blocks = List.copyOf(blocks);
        subsections = List.copyOf(subsections);
    }

    public ReportSection(String id, String title, List<Block> blocks) {
        this(id, title, blocks, List.of());
    }
}
