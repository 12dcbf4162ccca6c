package dev.warroom.console.startup;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * How long the README's console command takes to show a live war room, measured from process start
 * to the first frame in which the state board holds a fresh reading, side by side with a JavaFX
 * window holding one label (the floor no JavaFX application goes below). Each round starts both in
 * fresh JVMs, in alternating order; the medians and their ratio go into docs/benchmarks.md.
 * Runs headless (Monocle, software rendering), as CI does.
 *
 * <p>{@code ./mvnw -q -B -pl app/console -am -Pstartup test-compile exec:exec [-Dstartup.rounds=9]}
 */
public final class StartupHarness {

    private static final List<String> HEADLESS = List.of(
            "--add-exports", "javafx.graphics/com.sun.glass.ui=ALL-UNNAMED",
            "--add-opens", "javafx.graphics/com.sun.glass.ui=ALL-UNNAMED",
            "-Dprism.order=sw", "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dheadless.geometry=1920x1200-32");

    private StartupHarness() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = Integer.parseInt(System.getProperty("startup.rounds", "7"));
        Path incidents = Files.createTempDirectory("warroom-startup-");
        List<Long> window = new ArrayList<>();
        List<Long> warRoom = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            boolean windowFirst = round % 2 == 0;
            for (int turn = 0; turn < 2; turn++) {
                boolean measureWindow = (turn == 0) == windowFirst;
                if (measureWindow) {
                    window.add(millisToFirstFrame(EmptyWindowFirstFrame.class, incidents));
                } else {
                    warRoom.add(millisToFirstFrame(WarRoomFirstFrame.class, incidents));
                }
            }
            System.out.printf(Locale.ROOT, "round %d: window %d ms, war room %d ms%n", round + 1, window.get(round), warRoom.get(round));
        }
        System.out.println();
        System.out.println("| first frame of | median | min | max |");
        System.out.println("|---|---|---|---|");
        row("a JavaFX window with one label", window);
        row("the war room, board live (`./mvnw -Pconsole`'s app)", warRoom);
        System.out.printf(Locale.ROOT, "%nwar room / window, medians: %.2f× (%d rounds, %d cores)%n", (double) median(warRoom) / median(window),
                rounds, Runtime.getRuntime().availableProcessors());
    }

    private static long millisToFirstFrame(Class<?> main, Path incidents) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(HEADLESS);
        command.add("-Dwarroom.incidents=" + incidents);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), main.getName()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.directory(Path.of(System.getProperty("warroom.root", ".")).toFile());
        long start = System.nanoTime();
        Process process = builder.start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            List<String> said = new ArrayList<>();
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.equals(FirstFrame.READY)) {
                    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
                }
                said.add(line);
            }
            throw new IllegalStateException(main.getSimpleName() + " ended without a first frame:\n" + String.join("\n", said));
        } finally {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static void row(String what, List<Long> millis) {
        System.out.printf(Locale.ROOT, "| %s | %d ms | %d ms | %d ms |%n", what, median(millis), millis.stream().min(Long::compare).orElseThrow(),
                millis.stream().max(Long::compare).orElseThrow());
    }

    private static long median(List<Long> millis) {
        List<Long> sorted = millis.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
