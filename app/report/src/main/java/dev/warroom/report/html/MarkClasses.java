package dev.warroom.report.html;

import dev.warroom.core.report.doc.Mark;
import java.util.Optional;

/** The stylesheet's class for each mark: green, red, amber, and a dashed box for what the author is to fill. */
final class MarkClasses {

    private MarkClasses() {
    }

    static Optional<String> of(Mark mark) {
        return switch (mark) {
            case PLAIN -> Optional.empty();
            case GOOD -> Optional.of("mark-good");
            case BAD -> Optional.of("mark-bad");
            case WARNING -> Optional.of("mark-warning");
            case TO_FILL -> Optional.of("mark-to-fill");
        };
    }
}
