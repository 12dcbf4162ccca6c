package dev.warroom.report.chart;

import dev.warroom.core.report.doc.Mark;

/** The colours a mark reads in, the same as the page's: green met, red missed, amber not verified. */
final class ChartColours {

    static final String INK = "#263238";
    static final String MUTED = "#607d8b";
    static final String GRID = "#cfd8dc";
    static final String BUDGET = "#37474f";
    static final String RPO = "#c62828";
    static final String PROMOTION = "#1565c0";
    static final String LAG = "#1565c0";

    private ChartColours() {
    }

    static String fill(Mark mark) {
        return switch (mark) {
            case GOOD -> "#2e7d32";
            case BAD -> "#c62828";
            case WARNING -> "#f9a825";
            case TO_FILL -> "#eceff1";
            case PLAIN -> "#78909c";
        };
    }
}
