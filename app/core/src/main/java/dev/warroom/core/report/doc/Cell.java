package dev.warroom.core.report.doc;

import java.util.Optional;

/**
 * A text with how it reads. {@code fill} names the entry the author journals to fill or correct it (an
 * action item's owner, a cell of the author's table); empty for a value only the journal gives.
 */
public record Cell(String text, Mark mark, Optional<FieldRef> fill) {

    public Cell {
        text = text == null ? "" : text;
        fill = fill == null ? Optional.empty() : fill;
    }

    public static Cell of(String text) {
        return new Cell(text, Mark.PLAIN, Optional.empty());
    }

    public static Cell marked(String text, Mark mark) {
        return new Cell(text, mark, Optional.empty());
    }

    /** A value the author may fill or correct, journalled under {@code fill}. */
    public static Cell fillable(String text, Mark mark, FieldRef fill) {
        return new Cell(text, mark, Optional.of(fill));
    }
}
