package dev.warroom.console.soak;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.ToDoubleFunction;

/** The soak's CSV read back, and the figures docs/benchmarks.md gives from it. */
record SoakSamples(List<Sample> rows) {

    /** One row: when (incident minutes) and what the JVM held. */
    record Sample(double wallSeconds, double incidentMinutes, double rssMb, double heapAfterGcMb, int timelineEntries, int notes) {
    }

    static SoakSamples read(Path csv) throws IOException {
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        List<Sample> rows = lines.stream().skip(1).filter(l -> !l.isBlank()).map(l -> l.split(",")).map(f -> new Sample(
                Double.parseDouble(f[0]), Double.parseDouble(f[1]), Double.parseDouble(f[2]), Double.parseDouble(f[3]),
                Integer.parseInt(f[5]), Integer.parseInt(f[6]))).toList();
        return new SoakSamples(rows);
    }

    double peakRssMb() {
        return rows.stream().mapToDouble(Sample::rssMb).max().orElse(0);
    }

    double incidentHours() {
        return rows.isEmpty() ? 0 : rows.get(rows.size() - 1).incidentMinutes() / 60;
    }

    /** Least-squares slope of RSS in MB per incident hour, over the samples from {@code fromMinute} on. */
    double rssSlopePerHour(double fromMinute) {
        return slopePerHour(fromMinute, Sample::rssMb);
    }

    /** Least-squares slope of the heap after a full GC in MB per incident hour, from {@code fromMinute} on. */
    double heapSlopePerHour(double fromMinute) {
        return slopePerHour(fromMinute, Sample::heapAfterGcMb);
    }

    private double slopePerHour(double fromMinute, ToDoubleFunction<Sample> value) {
        List<Sample> kept = rows.stream().filter(s -> s.incidentMinutes() >= fromMinute).toList();
        if (kept.size() < 2) {
            return Double.NaN;
        }
        double meanX = kept.stream().mapToDouble(s -> s.incidentMinutes() / 60).average().orElseThrow();
        double meanY = kept.stream().mapToDouble(value).average().orElseThrow();
        double covariance = 0;
        double variance = 0;
        for (Sample s : kept) {
            double dx = s.incidentMinutes() / 60 - meanX;
            covariance += dx * (value.applyAsDouble(s) - meanY);
            variance += dx * dx;
        }
        return covariance / variance;
    }
}
