package dev.warroom.console;

import dev.warroom.console.options.ConsoleOptions;
import dev.warroom.console.tasks.Background;
import dev.warroom.service.IncidentHandle;
import dev.warroom.service.IncidentService;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;

/**
 * The incident the command line asks for, opened while the JavaFX toolkit starts: the plan is read (a
 * TABLETOP's checks wait for its room), the world built and the journal begun on a worker while the window comes up, so the war room
 * does not wait for the toolkit and the toolkit does not wait for the plan. {@link ConsoleLauncher} begins
 * it before the launch; the {@link WarRoomApp} the launch creates takes it, once, with the background
 * helper it runs on. A start screen, or options the app will refuse, begin nothing.
 */
final class EarlyOpening {

    private static final AtomicReference<EarlyOpening> BEGUN = new AtomicReference<>();

    private final ConsoleOptions options;
    private final Background background;
    private final CompletableFuture<IncidentHandle> opening;

    private EarlyOpening(ConsoleOptions options, Background background, CompletableFuture<IncidentHandle> opening) {
        this.options = options;
        this.background = background;
        this.opening = opening;
    }

    /** Starts opening what {@code args} ask the war room to open; returns at once. */
    static void begin(String[] args) {
        ConsoleOptions options;
        try {
            options = ConsoleOptions.parse(List.of(args));
        } catch (IllegalArgumentException refused) {
            return;
        }
        if (options.startScreen()) {
            return;
        }
        Background background = new Background(Platform::runLater);
        CompletableFuture<IncidentHandle> opening = new CompletableFuture<>();
        background.lane("open").execute(() -> {
            try {
                opening.complete(CommandLineOpening.open(options, new IncidentService()));
            } catch (Exception | Error failed) {
                opening.completeExceptionally(failed);
            }
        });
        BEGUN.set(new EarlyOpening(options, background, opening));
    }

    /** The opening begun for this process, if any; the first caller takes it. */
    static Optional<EarlyOpening> take() {
        return Optional.ofNullable(BEGUN.getAndSet(null));
    }

    ConsoleOptions options() {
        return options;
    }

    /** The helper the opening runs on; the app uses it for all its background work. */
    Background background() {
        return background;
    }

    /** The opened incident, or why it could not open (in the service's words). */
    CompletableFuture<IncidentHandle> opening() {
        return opening;
    }
}
