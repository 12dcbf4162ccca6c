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
 * variant in a fresh JVM, in an order that turns from round to round: both sides without a class-data
 * cache of their own, then both with their own (an AppCDS archive, or from JDK 25 on an AOT cache; each made by
 * a training run of that side, and trained again when the class path changes), on each runtime named. The
 * medians and their ratios go into docs/benchmarks.md. Runs headless (Monocle, software rendering), as CI does.
 *
 * <p>{@code ./mvnw -q -B -pl app/console -am -Pstartup process-test-classes [-Dstartup.rounds=9] [-Dstartup.cds=false]
 * [-Dstartup.jvmOptions='-XX:+UseSerialGC -XX:TieredStopAtLevel=1'] [-Dstartup.javaHome=/usr/lib/jvm/java-17-openjdk-amd64,/usr/lib/jvm/temurin-25-jdk-amd64]}:
 * the JVM options go to both sides alike; the JDKs (default: the one running the harness) are measured in the same rounds.
 * The code stays compiled for Java 17; only the runtime changes.
 */
public final class StartupHarness {

    private static final String WINDOW = "a JavaFX window with one label";
    private static final String WAR_ROOM = "the war room, board live";
    private static final List<String> HEADLESS = List.of(
            "--add-exports", "javafx.graphics/com.sun.glass.ui=ALL-UNNAMED",
            "--add-opens", "javafx.graphics/com.sun.glass.ui=ALL-UNNAMED",
            "-Dprism.order=sw", "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dheadless.geometry=1920x1200-32");

    /** One way of starting one side: the runtime, its main class, what the JVM is told besides, and whether that includes the side's own cache. */
    private record Variant(String label, JavaRuntime runtime, Class<?> main, List<String> options, boolean cached, List<Long> millis,
            List<Long> cpuMillis) {

        Variant(String label, JavaRuntime runtime, Class<?> main, List<String> options, boolean cached) {
            this(label, runtime, main, options, cached, new ArrayList<>(), new ArrayList<>());
        }

        String shortName() {
            return main.getSimpleName() + "/" + runtime.label() + (cached ? "+" + runtime.cacheName() : "");
        }
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

        List<JavaRuntime> runtimes = Arrays.stream(System.getProperty("startup.javaHome", "").split(","))
                .map(String::trim).filter(s -> !s.isEmpty()).map(Path::of).map(JavaRuntime::at).toList();
        if (runtimes.isEmpty()) {
            runtimes = List.of(JavaRuntime.at(Path.of(System.getProperty("java.home"))));
        }
        String fingerprint = ClassPathJars.fingerprint(jars);
        List<Variant> variants = new ArrayList<>();
        for (JavaRuntime runtime : runtimes) {
            List<String> options = new ArrayList<>(common);
            options.addAll(runtime.options());
            String on = runtimes.size() > 1 ? ", " + runtime.label() : "";
            variants.add(new Variant(WINDOW + on, runtime, EmptyWindowFirstFrame.class, options, false));
            variants.add(new Variant(WAR_ROOM + on, runtime, WarRoomFirstFrame.class, options, false));
            if (cds) {
                for (Class<?> side : List.of(EmptyWindowFirstFrame.class, WarRoomFirstFrame.class)) {
                    Path archive = ClassDataArchive.forSide(runtime, side, options, classPath, fingerprint, work.resolve("cds"));
                    List<String> cached = new ArrayList<>(options);
                    cached.addAll(ClassDataArchive.use(runtime, archive));
                    variants.add(new Variant((side == EmptyWindowFirstFrame.class ? WINDOW : WAR_ROOM) + on + ", " + runtime.cacheName(),
                            runtime, side, cached, true));
                }
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
                line.append(String.format(Locale.ROOT, "  %s %d ms (CPU %d ms);", variant.shortName(), measured[0], measured[1]));
            }
            System.out.println(line);
        }
        System.out.println();
        System.out.println("| first frame of | median | min | max | CPU time, median |");
        System.out.println("|---|---|---|---|---|");
        variants.forEach(StartupHarness::row);
        System.out.println();
        for (int first = 0; first < variants.size(); first += 2) {
            Variant window = variants.get(first);
            ratio(window.runtime().label() + (window.cached() ? ", each with its own " + window.runtime().cacheName() : ", no cache of their own"),
                    variants.get(first + 1), window);
        }
        System.out.printf(Locale.ROOT, "%d rounds, %d cores, load average %.1f before and %.1f after, Java %s, JVM options for both: %s%n",
                rounds, Runtime.getRuntime().availableProcessors(), loadBefore, loadAverage(),
                String.join(" and ", runtimes.stream().map(JavaRuntime::version).toList()), jvmOptions.isEmpty() ? "none" : jvmOptions);
    }

    /** Wall milliseconds from process start to the first ready frame, and the CPU milliseconds the child had used by then. */
    private static long[] millisToFirstFrame(Variant variant, String classPath) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(variant.runtime().java()));
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
