package dev.warroom.console.soak;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * The memory soak: an incident of {@code soak.incident} incident time (8 hours) on the accelerated clock
 * at {@code soak.speed} (16: 30 minutes of wall time), in the real console, headless, with a plan of
 * {@code soak.resources} resources (200) polled every 5 s of incident time and a note typed every
 * incident minute. The console runs in its own JVM with a fixed heap ({@code soak.xmx}, 192m, and
 * {@code soak.jvmArgs}, the serial collector); it writes
 * RSS and the heap after a full GC to {@code soak.dir}/memory-soak.csv, from which this draws the chart
 * and prints the figures for docs/benchmarks.md.
 *
 * <p>{@code ./mvnw -q -B -pl app/console -am -Psoak -DskipTests process-test-classes [-Dsoak.incident=PT1H]}
 */
public final class SoakHarness {

    private static final List<String> HEADLESS = List.of(
            "--add-exports", "javafx.graphics/com.sun.glass.ui=ALL-UNNAMED",
            "--add-opens", "javafx.graphics/com.sun.glass.ui=ALL-UNNAMED",
            "-Dprism.order=sw", "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dheadless.geometry=1920x1200-32");
    private static final Duration POLL = Duration.ofSeconds(5);

    private SoakHarness() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        Path root = Path.of(System.getProperty("warroom.root", ".")).toAbsolutePath();
        Path dir = Path.of(System.getProperty("soak.dir", "target/soak")).toAbsolutePath();
        Duration incident = Duration.parse(System.getProperty("soak.incident", "PT8H"));
        double speed = Double.parseDouble(System.getProperty("soak.speed", "16"));
        int resources = Integer.getInteger("soak.resources", 200);
        String xmx = System.getProperty("soak.xmx", "192m");
        String jvmArgs = System.getProperty("soak.jvmArgs", "-XX:+UseSerialGC").strip();
        long sampleMillis = Long.getLong("soak.sampleMillis", 10_000);

        Path plan = SoakPlan.write(root.resolve("plans/ai-workflow.yaml"), dir.resolve("soak-plan.yaml"), resources);
        Path incidents = Files.createDirectories(dir.resolve("incidents"));
        Path csv = dir.resolve("memory-soak.csv");
        long pollMillis = Math.round(POLL.toMillis() / speed);
        Duration wall = Duration.ofMillis(Math.round(incident.toMillis() / speed));
        System.out.printf(Locale.ROOT, "soak: %s of incident time at %.0f× (%s of wall time), %d resources polled every %d ms of wall time,"
                + " -Xmx%s %s%n", incident, speed, wall, resources, pollMillis, xmx, jvmArgs);

        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx" + xmx));
        command.addAll(HEADLESS);
        if (!jvmArgs.isEmpty()) {
            command.addAll(List.of(jvmArgs.split("\\s+")));
        }
        command.addAll(List.of("-Dwarroom.boardPollMillis=" + pollMillis, "-Dsoak.csv=" + csv, "-Dsoak.incident=" + incident,
                "-Dsoak.speed=" + speed, "-Dsoak.sampleMillis=" + sampleMillis, "-Dwarroom.incidents=" + incidents,
                "-cp", System.getProperty("java.class.path"), SoakRun.class.getName(),
                "--plan", plan.toString(), "--clock", "accelerated", "--speed", String.valueOf(speed), "--incidents", incidents.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("console.log").toFile());
        String arenas = System.getProperty("soak.mallocArenaMax", "").strip();
        if (!arenas.isEmpty()) {
            builder.environment().put("MALLOC_ARENA_MAX", arenas);
        }
        Process child = builder.start();
        boolean ended = child.waitFor(wall.plusMinutes(5).toMillis(), TimeUnit.MILLISECONDS);
        if (!ended) {
            child.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            System.out.println("soak: the console did not finish in " + wall.plusMinutes(5) + "; figures below are up to where it got");
        }
        report(SoakSamples.read(csv), dir, xmx + " " + jvmArgs, speed, resources);
    }

    private static void report(SoakSamples samples, Path dir, String heap, double speed, int resources) throws IOException {
        String subtitle = String.format(Locale.ROOT, "%d resources, accelerated clock %.0f×, -Xmx%s, %d cores, %s", resources, speed,
                heap.strip(), Runtime.getRuntime().availableProcessors(), java.time.LocalDate.now());
        Path svg = Path.of(System.getProperty("soak.chart", dir.resolve("memory-soak.svg").toString()));
        SoakChart.write(samples, svg, subtitle);
        System.out.printf(Locale.ROOT, "soak: %d samples over %.2f incident hours; chart %s%n", samples.rows().size(), samples.incidentHours(), svg);
        if (Double.isNaN(samples.rssSlopePerHour(60))) {
            System.out.printf(Locale.ROOT, "peak RSS %.0f MB; too few samples after the first hour for a slope%n", samples.peakRssMb());
        } else {
            System.out.printf(Locale.ROOT, "peak RSS %.0f MB; after the first hour: RSS %+.1f MB/h, heap after GC %+.1f MB/h%n",
                    samples.peakRssMb(), samples.rssSlopePerHour(60), samples.heapSlopePerHour(60));
        }
    }
}
