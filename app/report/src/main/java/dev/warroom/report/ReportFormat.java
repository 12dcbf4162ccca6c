package dev.warroom.report;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The formats a report is written in, by the word {@code --format} takes. */
public enum ReportFormat {
    MD("md"),
    HTML("html"),
    PDF("pdf"),
    CSV("csv"),
    JSON("json");

    private final String word;

    ReportFormat(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }

    public static Optional<ReportFormat> parse(String word) {
        String w = word == null ? "" : word.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.word.equals(w) || (f == MD && w.equals("markdown"))).findFirst();
    }
}
