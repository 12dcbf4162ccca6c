package dev.warroom.console.startup;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * How long the README's console command takes to show a live war room, measured from process start
 * to the first frame in which the state board holds a fresh reading, side by side with a JavaFX
 * window holding one label (the floor no JavaFX application goes below). Each round starts every
 * variant in a fresh JVM, in an order that turns from round to round: both sides without class-data
 * sharing, then both with their own AppCDS archive (each dumped by a training run of that side, and
 * trained again when the class path changes). The medians and their ratios go into docs/benchmarks.md.
 * Runs headless (Monocle, software rendering), as CI does.
 *
 * <p>{@code ./mvnw -q -B -pl app/console -am -Pstartup process-test-classes [-Dstartup.rounds=9] [-Dstartup.cds=false]
 * [-Dstartup.jvmOptions='-XX:+UseSerialGC -XX:TieredStopAtLevel=1']}: the JVM options go to both sides alike.
 */
public final class StartupHarness {

    private static final List<String> HEADLESS = List.of(
            "--add-exports", "javafx.graphics/com.sun.glass.ui=ALL-UNNAMED",
            "--add-opens", "javafx.graphics/com.sun.glass.ui=ALL-UNNAMED",
            "-Dprism.order=sw", "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dheadless.geometry=1920x1200-32");

    /** One way of starting one side: its main class and what the JVM is told besides. */
    private record Variant(String label, Class<?> main, List<String> options, List<Long> millis, List<Long> cpuMillis) {
    }

    private StartupHarness() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = Integer.parseInt(System.getProperty("startup.rounds", "7"));
        boolean cds = Boolean.parseBoolean(System.getProperty("startup.cds", "true"));
        Path work = Path.of(System.getProperty("startup.work", "app/console/target/startup"));
        Path incidents = Files.createTempDirectory("warroom-startup-");
        List<Path> jars = ClassPathJars.of(Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(s -> !s.isBlank()).map(Path::of).toList(), work.resolve("jars"));
        String classPath = String.join(File.pathSeparator, jars.stream().map(Path::toString).toList());
        Files.writeString(work.resolve("classpath.txt"), classPath);
        if (rounds <= 0) {
            return;
        }
        List<String> common = new ArrayList<>(HEADLESS);
        String jvmOptions = System.getProperty("startup.jvmOptions", "").trim();
        if (!jvmOptions.isEmpty()) {
            common.addAll(List.of(jvmOptions.split("\\s+")));
        }
        common.add("-Dwarroom.incidents=" + incidents);

        List<Variant> variants = new ArrayList<>();
        variants.add(new Variant("a JavaFX window with one label", EmptyWindowFirstFrame.class, common, new ArrayList<>(), new ArrayList<>()));
        variants.add(new Variant("the war room, board live", WarRoomFirstFrame.class, common, new ArrayList<>(), new ArrayList<>()));
        if (cds) {
            String fingerprint = ClassPathJars.fingerprint(jars);
            for (Class<?> side : List.of(EmptyWindowFirstFrame.class, WarRoomFirstFrame.class)) {
                Path archive = ClassDataArchive.forSide(side, common, classPath, fingerprint, work.resolve("cds"));
                List<String> options = new ArrayList<>(common);
                options.addAll(ClassDataArchive.use(archive));
                variants.add(new Variant((side == EmptyWindowFirstFrame.class ? variants.get(0) : variants.get(1)).label() + ", AppCDS",
                        side, options, new ArrayList<>(), new ArrayList<>()));
            }
        }
        double loadBefore = loadAverage();
        for (int round = 0; round < rounds; round++) {
            List<Variant> order = new ArrayList<>(variants);
            Collections.rotate(order, round);
            if (round % 2 == 1) {
                Collections.reverse(order);
            }
            StringBuilder line = new StringBuilder("round " + (round + 1) + ":");
            for (Variant variant : order) {
                long[] measured = millisToFirstFrame(variant, classPath);
                variant.millis().add(measured[0]);
                variant.cpuMillis().add(measured[1]);
                line.append(String.format(Locale.ROOT, "  %s %d ms (CPU %d ms);", variant.main().getSimpleName()
                        + (variant.options().size() > common.size() ? "+CDS" : ""), measured[0], measured[1]));
            }
            System.out.println(line);
        }
        System.out.println();
        System.out.println("| first frame of | median | min | max | CPU time, median |");
        System.out.println("|---|---|---|---|---|");
        variants.forEach(StartupHarness::row);
        System.out.println();
        ratio("without class-data sharing", variants.get(1), variants.get(0));
        if (cds) {
            ratio("each with its own AppCDS archive", variants.get(3), variants.get(2));
        }
        System.out.printf(Locale.ROOT, "%d rounds, %d cores, load average %.1f before and %.1f after, Java %s, JVM options for both: %s%n",
                rounds, Runtime.getRuntime().availableProcessors(), loadBefore, loadAverage(), Runtime.version(),
                jvmOptions.isEmpty() ? "none" : jvmOptions);
    }

    /** Wall milliseconds from process start to the first ready frame, and the CPU milliseconds the child had used by then. */
    private static long[] millisToFirstFrame(Variant variant, String classPath) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(ClassDataArchive.java()));
        command.addAll(variant.options());
        command.addAll(List.of("-cp", classPath, variant.main().getName()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.directory(Path.of(System.getProperty("warroom.root", ".")).toFile());
        long start = System.nanoTime();
        Process process = builder.start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            List<String> said = new ArrayList<>();
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith(FirstFrame.READY + " ")) {
                    long wall = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
                    return new long[] {wall, Long.parseLong(line.substring(FirstFrame.READY.length() + 1).trim())};
                }
                said.add(line);
            }
            throw new IllegalStateException(variant.label() + " ended without a first frame:\n" + String.join("\n", said));
        } finally {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static void row(Variant variant) {
        List<Long> millis = variant.millis();
        System.out.printf(Locale.ROOT, "| %s | %,d ms | %,d ms | %,d ms | %,d ms |%n", variant.label(), median(millis),
                millis.stream().min(Long::compare).orElseThrow(), millis.stream().max(Long::compare).orElseThrow(), median(variant.cpuMillis()));
    }

    private static void ratio(String how, Variant warRoom, Variant window) {
        System.out.printf(Locale.ROOT, "war room / window, medians, %s: %.2f× (goal ≤ 1.2×); CPU time %.2f×%n", how,
                (double) median(warRoom.millis()) / median(window.millis()), (double) median(warRoom.cpuMillis()) / median(window.cpuMillis()));
    }

    private static long median(List<Long> millis) {
        List<Long> sorted = millis.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static double loadAverage() {
        OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        return os.getSystemLoadAverage();
    }
}
