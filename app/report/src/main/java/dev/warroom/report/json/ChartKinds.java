package dev.warroom.report.json;

import dev.warroom.core.report.doc.Chart;

/** The {@code kind} each chart has in the JSON document. */
final class ChartKinds {

    private ChartKinds() {
    }

    static String of(Chart chart) {
        if (chart instanceof Chart.PhaseBars) {
            return "phase-bars";
        }
        if (chart instanceof Chart.LagLine) {
            return "lag-line";
        }
        if (chart instanceof Chart.StepGantt) {
            return "step-gantt";
        }
        return "criteria-chart";
    }
}
