package dev.warroom.console.report;

import dev.warroom.report.ReportFormat;
import java.nio.file.Path;
import java.util.Optional;

/** What an export came to: the file written, or why it was not, in words. */
public record ExportOutcome(ReportFormat format, Path file, Optional<String> failure) {

    public static ExportOutcome written(ReportFormat format, Path file) {
        return new ExportOutcome(format, file, Optional.empty());
    }

    public static ExportOutcome failed(ReportFormat format, Path file, String why) {
        return new ExportOutcome(format, file, Optional.of(why));
    }

    public boolean ok() {
        return failure.isEmpty();
    }
}
