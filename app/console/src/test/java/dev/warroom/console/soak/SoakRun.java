package dev.warroom.console.soak;

import dev.warroom.console.ConsoleLauncher;
import dev.warroom.console.lifecycle.ReadySignal;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.stage.Window;

/**
 * The soak's own JVM: the real console (its arguments are passed on) on the accelerated clock, with a
 * commander who types a note into the room's note field every incident minute, and a sampler that
 * writes this JVM's RSS and its heap after a full GC to a CSV every few seconds of wall time. It ends
 * the JVM once the incident has run {@code soak.incident} of incident time.
 */
public final class SoakRun {

    static final String CSV_HEADER = "wall_s,incident_min,rss_mb,heap_after_gc_mb,heap_committed_mb,timeline_entries,notes,fx_reply_ms";

    private final Path csv;
    private final Duration incident;
    private final double speed;
    private final long sampleMillis;
    private final ScheduledExecutorService cadence = Executors.newScheduledThreadPool(2, r -> {
        Thread t = new Thread(r, "soak-cadence");
        t.setDaemon(true);
        return t;
    });
    private final AtomicInteger notes = new AtomicInteger();
    private volatile long liveAtNanos;

    private SoakRun(Path csv, Duration incident, double speed, long sampleMillis) {
        this.csv = csv;
        this.incident = incident;
        this.speed = speed;
        this.sampleMillis = sampleMillis;
    }

    public static void main(String[] args) throws IOException {
        SoakRun run = new SoakRun(Path.of(System.getProperty("soak.csv")), Duration.parse(System.getProperty("soak.incident", "PT8H")),
                Double.parseDouble(System.getProperty("soak.speed", "16")), Long.getLong("soak.sampleMillis", 10_000));
        Files.createDirectories(run.csv.toAbsolutePath().getParent());
        Files.writeString(run.csv, CSV_HEADER + "\n", StandardCharsets.UTF_8);
        run.cadence.scheduleWithFixedDelay(run::startOnceLive, 200, 200, TimeUnit.MILLISECONDS);
        ConsoleLauncher.main(args);
    }

    /** Waits (on the cadence thread) for the live war room, then starts the commander's notes and the sampler. */
    private void startOnceLive() {
        if (liveAtNanos != 0 || room().isEmpty()) {
            return;
        }
        liveAtNanos = System.nanoTime();
        long noteMillis = Math.round(60_000 / speed);
        cadence.scheduleAtFixedRate(this::typeNote, noteMillis, noteMillis, TimeUnit.MILLISECONDS);
        cadence.scheduleAtFixedRate(this::sample, 0, sampleMillis, TimeUnit.MILLISECONDS);
        System.out.println("soak: war room live; a note every " + noteMillis + " ms, a sample every " + sampleMillis + " ms");
    }

    private Optional<Scene> room() {
        return onFx(() -> Window.getWindows().stream().filter(Window::isShowing).map(Window::getScene)
                .filter(s -> s != null && ReadySignal.liveWarRoom(s)).findFirst()).orElse(Optional.empty());
    }

    /** What a commander does: N-key's field, the words, Enter (the field's action). */
    private void typeNote() {
        int n = notes.incrementAndGet();
        Platform.runLater(() -> Window.getWindows().stream().filter(Window::isShowing).map(Window::getScene)
                .filter(s -> s != null && s.lookup("#note-field") instanceof TextField).findFirst().ifPresent(scene -> {
                    TextField field = (TextField) scene.lookup("#note-field");
                    field.setText(String.format(Locale.ROOT, "soak note %d: status unchanged, next update in one minute (第 %d 分鐘)", n, n));
                    field.fireEvent(new ActionEvent());
                }));
    }

    private void sample() {
        double wallSeconds = (System.nanoTime() - liveAtNanos) / 1e9;
        double incidentMinutes = wallSeconds * speed / 60;
        long fxAsked = System.nanoTime();
        int timeline = onFx(() -> Window.getWindows().stream().map(Window::getScene).filter(s -> s != null && s.lookup("#timeline-list") != null)
                .mapToInt(s -> ((ListView<?>) s.lookup("#timeline-list")).getItems().size()).sum()).orElse(-1);
        long fxReplyMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - fxAsked);
        var heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        long retained = Long.MAX_VALUE;
        // a full GC asked for while the renderer holds a critical region can be skipped: the least of three is what survives one
        for (int attempt = 0; attempt < 3; attempt++) {
            System.gc();
            heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
            retained = Math.min(retained, heap.getUsed());
        }
        String row = String.format(Locale.ROOT, "%.1f,%.2f,%.1f,%.1f,%.1f,%d,%d,%d", wallSeconds, incidentMinutes, ProcStatus.rssMegabytes(),
                retained / 1048576.0, heap.getCommitted() / 1048576.0, timeline, notes.get(), fxReplyMillis);
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(csv, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND))) {
            out.println(row);
        } catch (IOException e) {
            System.err.println("soak: cannot write " + csv + ": " + e.getMessage());
        }
        if (incidentMinutes >= incident.toMinutes()) {
            System.out.println("soak: " + incident + " of incident time done");
            System.out.flush();
            Runtime.getRuntime().halt(0);
        }
    }

    /** Runs {@code question} on the FX thread and waits at most 30 s for its answer. */
    private static <T> Optional<T> onFx(java.util.function.Supplier<T> question) {
        CompletableFuture<T> answer = new CompletableFuture<>();
        try {
            Platform.runLater(() -> answer.complete(question.get()));
            return Optional.ofNullable(answer.get(30, TimeUnit.SECONDS));
        } catch (IllegalStateException | java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException toolkitNotUpOrBusy) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
