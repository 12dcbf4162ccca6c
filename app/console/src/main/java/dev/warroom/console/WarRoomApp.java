package dev.warroom.console;

import dev.warroom.console.facilitator.FacilitatorScreen;
import dev.warroom.console.facilitator.FacilitatorViewModel;
import dev.warroom.console.i18n.Messages;
import dev.warroom.console.keys.Shortcuts;
import dev.warroom.console.lifecycle.AfterFirstFrame;
import dev.warroom.console.lifecycle.ReadySignal;
import dev.warroom.console.options.ConsoleOptions;
import dev.warroom.console.palette.AppCommands;
import dev.warroom.console.palette.AppShell;
import dev.warroom.console.palette.CommandPalette;
import dev.warroom.console.palette.HelpOverlay;
import dev.warroom.console.report.OpenIncidentJournal;
import dev.warroom.console.report.FinishedJournal;
import dev.warroom.console.report.ReportJournal;
import dev.warroom.console.report.ReportMaking;
import dev.warroom.console.report.SaveAs;
import dev.warroom.console.report.StandardReportMaking;
import dev.warroom.console.room.WarRoomScreen;
import dev.warroom.console.room.reference.ReferencePanel;
import dev.warroom.console.room.model.IncidentViewModel;
import dev.warroom.console.room.model.RoomContext;
import dev.warroom.console.start.StartFailure;
import dev.warroom.console.start.StartScreen;
import dev.warroom.console.start.StartViewModel;
import dev.warroom.console.tasks.Background;
import dev.warroom.console.theme.Theme;
import dev.warroom.console.theme.Themes;
import dev.warroom.core.incident.IncidentRuntime;
import dev.warroom.service.IncidentHandle;
import dev.warroom.service.IncidentService;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.Optional;
import java.util.function.BiFunction;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.concurrent.Task;
import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * The WarRoom console. With no arguments it opens the AI Workflow plan on the simulated world in
 * TABLETOP straight into the war room; {@code --start} shows the start screen first. Every screen (but the
 * passing "Opening …") sits in an {@link AppShell} with the command palette (Ctrl+K, Ctrl+Shift+P), the keys (F1, ?), the
 * language and the theme. Nothing blocking runs on the FX thread: plans are validated, incidents
 * opened and reports written on worker threads.
 */
public final class WarRoomApp extends Application {

    static final double WIDTH = 1366;
    static final double HEIGHT = 768;
    /** How often the room's board polls, in wall-clock milliseconds; the memory soak sets 5 s of its accelerated incident time. */
    static final String BOARD_POLL_MILLIS = "warroom.boardPollMillis";

    private final Background background;
    private final Messages messages = new Messages();
    private ConsoleOptions options;
    private List<String> commandLine = List.of();
    private Optional<IncidentSource> source = Optional.empty();
    private Optional<EarlyOpening> early = Optional.empty();
    private Stage stage;
    private Theme theme = Theme.WAR_ROOM_DARK;
    private volatile CompletableFuture<Void> closed = CompletableFuture.completedFuture(null);
    private Room room;
    private Scene startScene;
    private StartScreen startScreen;
    private Facilitator facilitator;
    private boolean stopped;
    private ReportWindow reportWindow;
    private ReportMaking reportMaking = new StandardReportMaking();
    private Optional<SaveAs> reportSaveAs = Optional.empty();

    /** The war room on screen: its incident, how to close all that was opened for it, its view model, view and scene. */
    private record Room(IncidentHandle incident, AutoCloseable closing, IncidentViewModel vm, WarRoomScreen screen, Scene scene) {
    }

    /** The facilitator's window on the room's incident: its own stage, view model, view and scene. */
    private record Facilitator(Stage stage, FacilitatorViewModel vm, FacilitatorScreen screen, Scene scene) {
    }

    /** An incident opened for a room, and how to close all that was opened for it. */
    private record Opening(IncidentHandle incident, AutoCloseable closing) {
    }

    /** Opens the incident the war room starts on; blocking: it runs off the FX thread. */
    @FunctionalInterface
    public interface IncidentSource {
        IncidentRuntime open() throws IOException;

        /** Closes what {@link #open} returned once its room is closed; blocking: it runs off the FX thread. */
        default void close(IncidentRuntime runtime) throws IOException {
            runtime.close();
        }
    }

    public WarRoomApp() {
        this.early = EarlyOpening.take();
        this.background = early.map(EarlyOpening::background).orElseGet(() -> new Background(Platform::runLater));
    }

    /** For embedding and tests: start with these options instead of the command line's. */
    public WarRoomApp(ConsoleOptions options) {
        this();
        this.options = options;
    }

    /** For embedding and tests: open the war room on the incident {@code source} prepares instead of --plan's. */
    public WarRoomApp(ConsoleOptions options, IncidentSource source) {
        this(options);
        this.source = Optional.of(source);
    }

    /** For tests: starts as if launched with {@code commandLine}, a wrong option or file showing its message as it would then. */
    static WarRoomApp launchedWith(List<String> commandLine) {
        WarRoomApp app = new WarRoomApp();
        app.commandLine = List.copyOf(commandLine);
        return app;
    }

    /** For tests: as above, with background work going through {@code background} (a short patience, say). */
    public WarRoomApp(ConsoleOptions options, IncidentSource source, Background background) {
        this.early = Optional.empty();
        this.background = background;
        this.options = options;
        this.source = Optional.of(source);
    }

    @Override
    public void start(Stage primary) {
        ReadySignal.watchIfAsked();
        stage = primary;
        stage.setScene(null);
        stage.titleProperty().bind(messages.text("app.title"));
        if (options == null) {
            try {
                options = ConsoleOptions.parse(getParameters() == null ? commandLine : getParameters().getRaw());
            } catch (IllegalArgumentException badOption) {
                showMessage(messages.get("app.badOption", badOption.getMessage()), false);
                stage.show();
                return;
            }
        }
        messages.setLocale(options.language());
        theme = theme(options.theme());
        if (options.startScreen()) {
            showStart();
        } else {
            showOpening();
            openDefaultIncident();
        }
        stage.show();
    }

    // ---- screens ---------------------------------------------------------------------------

    /** Builds a scene around {@code screen}: shell, palette, help, language and theme commands, then the screen's own keys. */
    private Scene scene(BiFunction<AppShell, Shortcuts, Parent> screen) {
        return scene(stage, screen);
    }

    private Scene scene(Stage window, BiFunction<AppShell, Shortcuts, Parent> screen) {
        AppShell shell = new AppShell();
        Shortcuts shortcuts = new Shortcuts();
        AppCommands.register(shortcuts, new CommandPalette(shortcuts, messages, shell), new HelpOverlay(shortcuts, messages, shell),
                messages, this::applyTheme);
        shell.setScreen(screen.apply(shell, shortcuts));
        Scene scene = themedScene(window);
        scene.setRoot(shell);
        shell.guardKeys(scene, AppCommands.toggles());
        shortcuts.install(scene);
        return scene;
    }

    /** An empty scene for {@code window}, as large as the one it replaces, in the app's theme. */
    private Scene themedScene(Stage window) {
        Scene current = window.getScene();
        // The theme is on the scene before the screen joins it: views that measure their type on joining
        // (the decision tree) then style and lay out once, in the theme, not first in JavaFX's default look.
        Scene scene = new Scene(new Group(), current == null ? WIDTH : current.getWidth(), current == null ? HEIGHT : current.getHeight());
        if (current == null) {
            window.setWidth(WIDTH);
            window.setHeight(HEIGHT);
        }
        Themes.apply(scene, theme);
        return scene;
    }

    /**
     * "Opening …" while the command line's incident opens: its words in the theme and nothing else. It stands for a
     * moment on the way into the war room, so it gets no palette, help or keys of its own (the room brings them); a
     * failure to open replaces it with a full screen that has them.
     */
    private void showOpening() {
        Label message = new Label(messages.get("app.opening", options.plan()));
        message.setId("opening");
        message.setWrapText(true);
        message.setMaxWidth(900);
        StackPane centred = new StackPane(message);
        Scene scene = themedScene(stage);
        scene.setRoot(centred);
        stage.setScene(scene);
    }

    private void showMessage(String words, boolean offerStart) {
        stage.setScene(scene((shell, shortcuts) -> {
            Label message = new Label(words);
            message.setId("opening");
            message.setWrapText(true);
            VBox box = new VBox(16, message);
            box.setAlignment(Pos.CENTER);
            box.setMaxWidth(900);
            if (offerStart) {
                Button start = new Button(messages.get("app.start") + "  " + START_KEY.getDisplayText());
                start.setId("go-to-start");
                start.setOnAction(e -> showStart());
                shortcuts.register(START_KEY, "app.start", this::showStart);
                box.getChildren().add(start);
            }
            VBox centred = new VBox(box);
            centred.setAlignment(Pos.CENTER);
            return centred;
        }));
    }

    private static final KeyCombination START_KEY = new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    private static final KeyCombination FACILITATOR_KEY = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    private static final KeyCombination REPORT_KEY = new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    /** The report view: E for the editor of the report (R already writes the Markdown beside the journal). */
    static final KeyCombination REPORT_VIEW_KEY = new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);

    /** The start screen; from a war room it offers the way back (Esc) and leaves that room's journal out of "resume". */
    public void showStart() {
        Optional<Room> open = Optional.ofNullable(room);
        StartViewModel vm = new StartViewModel(options, background.lane("start"), background.lane("start-open"), background.fx(),
                open.map(r -> r.vm().journalFile()), opened -> showRoom(new Opening(opened.incident(), opened.incident())));
        vm.useForReports(journal -> {
            FinishedJournal finished = FinishedJournal.open(journal, new IncidentService(), options.actor(), background.lane("report-fields"));
            return () -> {
                if (stopped) {
                    finished.close();
                } else {
                    showReport(finished);
                }
            };
        });
        leaveStart();
        startScene = scene((shell, shortcuts) -> {
            startScreen = new StartScreen(vm, messages, shortcuts, shell, open.map(r -> () -> {
                leaveStart();
                stage.setScene(r.scene());
            }));
            return startScreen;
        });
        stage.setScene(startScene);
        vm.refresh();
        // a journal the console was started with (a file association) is chosen once, on the first start screen
        options.journalToShow().filter(j -> open.isEmpty()).ifPresent(vm::showJournal);
    }

    /** The start screen is left for good (a room opened, or the commander went back to the room): it lets go of the app's language. */
    private void leaveStart() {
        if (startScreen != null) {
            startScreen.close();
            startScreen = null;
        }
        startScene = null;
    }

    private void openDefaultIncident() {
        Optional<EarlyOpening> begun = early;
        early = Optional.empty();
        if (begun.isPresent() && source.isEmpty() && begun.get().options().equals(options)) {
            begun.get().opening().whenCompleteAsync((handle, failure) -> {
                if (failure == null) {
                    showRoom(new Opening(handle, handle));
                } else {
                    showMessage(messages.get("app.failed", StartFailure.of(failure).in(messages)), true);
                }
            }, background.fx());
            return;
        }
        begun.ifPresent(other -> other.opening().thenAccept(handle -> background.finish("closing " + handle.journal().file()
                + ", opened for other options", () -> closeQuietly(handle))));
        Task<Opening> open = new Task<>() {
            @Override
            protected Opening call() throws Exception {
                if (source.isPresent()) {
                    IncidentSource prepared = source.get();
                    IncidentRuntime runtime = prepared.open();
                    IncidentHandle handle = IncidentHandle.of(runtime, options.actor());
                    return new Opening(handle, () -> {
                        try {
                            prepared.close(runtime);
                        } finally {
                            handle.close();
                        }
                    });
                }
                IncidentHandle handle = CommandLineOpening.open(options, new IncidentService());
                return new Opening(handle, handle);
            }
        };
        open.setOnSucceeded(e -> showRoom(open.getValue()));
        open.setOnFailed(e -> showMessage(messages.get("app.failed", StartFailure.of(open.getException()).in(messages)), true));
        background.lane("open").execute(open);
    }

    private void showRoom(Opening opened) {
        IncidentHandle incident = opened.incident();
        if (stopped) {
            background.finish("closing " + incident.journal().file() + ", opened as the console closed", () -> closeQuietly(opened.closing()));
            return;
        }
        Room previous = room;
        IncidentViewModel vm = new IncidentViewModel(incident, background);
        incident.runtime().board().start(Duration.ofMillis(Math.max(50, Long.getLong(BOARD_POLL_MILLIS, 2000))), background.polling());
        WarRoomScreen[] screen = new WarRoomScreen[1];
        Scene scene = scene((shell, shortcuts) -> {
            RoomContext context = new RoomContext(vm, messages, options.actor(), shortcuts);
            shortcuts.register(REPORT_KEY, "app.report", vm::writeReport);
            shortcuts.register(REPORT_VIEW_KEY, "report.open", this::openReportView);
            shortcuts.register(START_KEY, "app.start", this::showStart);
            shortcuts.register(FACILITATOR_KEY, "app.facilitator", this::openFacilitator);
            context.subscriptions().onChange(vm.reportProperty(), (old, now) -> now.ifPresent(file -> shell.toast(
                    messages.get("app.report.written", file.toAbsolutePath()))));
            screen[0] = new WarRoomScreen(context);
            new ReferencePanel(context, shell);
            return screen[0];
        });
        room = new Room(incident, opened.closing(), vm, screen[0], scene);
        leaveStart();
        stage.setScene(scene);
        AfterFirstFrame.run(scene, vm.planChecking()::start);
        if (previous != null) {
            close(previous);
        }
        if (options.facilitator()) {
            openFacilitator();
        }
    }

    /**
     * Opens the facilitator's window on the room's incident, beside the room (or brings it to the front):
     * a second stage with its own shell, palette and keys, the same language and theme.
     */
    public void openFacilitator() {
        if (room == null || stopped) {
            return;
        }
        if (facilitator != null) {
            facilitator.stage().toFront();
            return;
        }
        Stage window = new Stage();
        window.titleProperty().bind(messages.text("facilitator.title"));
        FacilitatorViewModel vm = new FacilitatorViewModel(room.incident(), background, options.actor());
        FacilitatorScreen[] screen = new FacilitatorScreen[1];
        Scene scene = scene(window, (shell, shortcuts) -> {
            screen[0] = new FacilitatorScreen(vm, messages, shortcuts);
            return screen[0];
        });
        window.setScene(scene);
        besideTheRoom(window);
        Facilitator opened = new Facilitator(window, vm, screen[0], scene);
        facilitator = opened;
        window.setOnHidden(e -> closeFacilitator(opened));
        window.show();
    }

    /** To the right of the room, as far as the screen allows: on a second screen it sits beside the projected room. */
    private void besideTheRoom(Stage window) {
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getScreens().stream()
                .map(javafx.stage.Screen::getVisualBounds).reduce((x, y) -> x.getMaxX() >= y.getMaxX() ? x : y)
                .orElse(javafx.stage.Screen.getPrimary().getVisualBounds());
        double right = stage.getX() + stage.getWidth();
        window.setX(Math.max(screen.getMinX(), Math.min(right, screen.getMaxX() - window.getWidth())));
        window.setY(Math.max(screen.getMinY(), stage.getY()));
    }

    /** The facilitator's window now open, if any (for embedding and tests). */
    public Optional<Stage> facilitatorWindow() {
        return Optional.ofNullable(facilitator).map(Facilitator::stage);
    }

    /** The facilitator's window goes: its views and view model let go of the incident, which stays open for the room. */
    private void closeFacilitator(Facilitator closing) {
        if (facilitator != closing) {
            return;
        }
        facilitator = null;
        closing.screen().stop();
        closing.vm().close();
        closing.stage().hide();
    }

    /**
     * Closes a room the commander left, without waiting: its views let go of everything they subscribed
     * to at once; in the background, queued chat messages get a last try (seconds, journalled) before the
     * board, the journal and the connectors close. The JVM waits for that, up to a limit.
     */
    private void close(Room finished) {
        closeReportWindow();
        if (facilitator != null) {
            closeFacilitator(facilitator);
        }
        finished.screen().stop();
        finished.vm().close();
        AutoCloseable closing = finished.closing();
        closed = background.finish("closing " + finished.incident().journal().file(), () -> closeQuietly(closing));
    }

    /**
     * Done when the last room closed has written all it writes on closing (its journal closed, its checkpoint on
     * disk): whoever removes the incident's folder after {@link #stop} waits for it.
     */
    public CompletableFuture<Void> closed() {
        return closed;
    }

    private static void closeQuietly(AutoCloseable incident) {
        try {
            incident.close();
        } catch (Exception e) {
            // The journal was forced to disk event by event; a failed close loses nothing recorded.
        }
    }

    // ---- app commands ----------------------------------------------------------------------

    private void applyTheme(Theme next) {
        theme = next;
        for (Scene scene : new Scene[] {stage.getScene(), room == null ? null : room.scene(), startScene,
            facilitator == null ? null : facilitator.scene(), reportWindow == null ? null : reportWindow.scene()}) {
            if (scene != null) {
                Themes.apply(scene, next);
            }
        }
    }

    private static Theme theme(String name) {
        return switch (name) {
            case "daylight" -> Theme.DAYLIGHT;
            case "projector" -> Theme.PROJECTOR;
            default -> Theme.WAR_ROOM_DARK;
        };
    }

    // ---- the report view ---------------------------------------------------------------------

    /** Opens the report view on the room's incident (or brings it forward): entries go through the incident's writer. */
    public void openReportView() {
        if (room == null || stopped) {
            return;
        }
        IncidentHandle incident = room.incident();
        showReport(new OpenIncidentJournal(incident, entry -> incident.commands().setReportField(entry.field(),
                optional(entry.row()), optional(entry.column()), entry.value())));
    }

    private static Optional<String> optional(String text) {
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    /** Opens the report view on {@code journal}, in place of one already open on another journal. */
    void showReport(ReportJournal journal) {
        if (reportWindow != null && reportWindow.journal().equals(journal.file())) {
            journal.close();
            reportWindow.show();
            return;
        }
        closeReportWindow();
        ReportWindow window = new ReportWindow(journal, reportMaking, background, messages, theme, this::applyTheme,
                reportSaveAs.orElseGet(() -> SaveAs.fileChooser(messages.get("report.saveAs"))));
        reportWindow = window;
        window.stage().setOnHidden(e -> {
            window.close();
            if (reportWindow == window) {
                reportWindow = null;
            }
        });
        window.show();
    }

    private void closeReportWindow() {
        if (reportWindow != null) {
            reportWindow.close();
            reportWindow = null;
        }
    }

    /** The report view's window now open, if any (for embedding and tests). */
    public Optional<Stage> reportWindow() {
        return Optional.ofNullable(reportWindow).map(ReportWindow::stage);
    }

    /** For embedding and tests: where exports are written instead of asking with the system's file chooser; how reports are made. */
    public void useForReports(SaveAs saveAs, ReportMaking making) {
        this.reportSaveAs = Optional.of(saveAs);
        this.reportMaking = making;
    }

    /** The language now on screen (for embedding and tests). */
    public Messages messages() {
        return messages;
    }

    /**
     * The window closes at once: the room's closing (chat's last try, journalled; then the board, the
     * journal and the connectors) goes on in the background, and the JVM exits when it is done, or when
     * {@link Background#CLOSING_LIMIT} has passed.
     */
    @Override
    public void stop() {
        stopped = true;
        closeReportWindow();
        leaveStart();
        if (room != null) {
            close(room);
            room = null;
        }
        background.shutdown();
    }
}
