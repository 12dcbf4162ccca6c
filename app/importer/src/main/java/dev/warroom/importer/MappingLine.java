package dev.warroom.importer;

import dev.warroom.importer.words.ImportText;

/**
 * One line of the mapping report: where in the source document something was (1-based lines, inclusive), what it was
 * ("table", "checklist item", "numbered step", "```bash block", "mermaid graph", "heading", "paragraph"...), and where
 * it went in the plan as a path ({@code procedures[full-failover].steps[promote-db]}, {@code targets.rto},
 * {@code reference[3]}), both in words each front end says in its own language ({@link ImportText});
 * {@link #what()} and {@link #became()} are the English.
 */
public record MappingLine(int fromLine, int toLine, ImportText whatText, ImportText becameText) {

    public MappingLine(int fromLine, int toLine, String what, String became) {
        this(fromLine, toLine, ImportText.verbatim(what), ImportText.verbatim(became));
    }

    public String what() {
        return whatText.english();
    }

    public String became() {
        return becameText.english();
    }
}
