package dev.warroom.console;

import dev.warroom.console.i18n.Messages;
import dev.warroom.console.room.EventRelay;
import dev.warroom.console.room.IncidentOpener;
import dev.warroom.console.room.IncidentViewModel;
import dev.warroom.console.room.RoomContext;
import dev.warroom.console.room.Shortcuts;
import dev.warroom.console.room.WarRoomScreen;
import dev.warroom.console.start.PlanListView;
import dev.warroom.console.tasks.Background;
import dev.warroom.console.theme.Theme;
import dev.warroom.console.theme.Themes;
import dev.warroom.core.incident.IncidentRuntime;
import dev.warroom.core.plan.PlanDirectory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The WarRoom console. With no arguments it opens the AI Workflow plan on the simulated world in
 * TABLETOP straight into the war room; {@code --start} shows the plans first. Nothing blocking runs
 * on the FX thread: plans are validated and incidents opened on worker threads.
 */
public final class WarRoomApp extends Application {

    private final ExecutorService commands = Executors.newSingleThreadExecutor(daemon("incident-commands"));
    private final ExecutorService steps = Executors.newSingleThreadExecutor(daemon("incident-steps"));
    private final ScheduledExecutorService polling = Executors.newSingleThreadScheduledExecutor(daemon("board-polling"));
    private final Messages messages = new Messages();
    private ConsoleOptions options;
    private Scene scene;
    private IncidentRuntime runtime;
    private WarRoomScreen room;

    public WarRoomApp() {
    }

    /** For embedding and tests: start with these options instead of the command line's. */
    public WarRoomApp(ConsoleOptions options) {
        this.options = options;
    }

    /** Where plans are read from for the plan list: -Dwarroom.plans=DIR, else ./plans. */
    static Path plansDirectory() {
        return Path.of(System.getProperty("warroom.plans", "plans"));
    }

    @Override
    public void start(Stage stage) {
        if (options == null) {
            options = ConsoleOptions.parse(getParameters() == null ? List.of() : getParameters().getRaw());
        }
        messages.setLocale(options.language());
        Label opening = new Label();
        opening.setId("opening");
        scene = new Scene(new StackPane(opening), 1366, 768);
        Themes.apply(scene, theme(options.theme()));
        stage.titleProperty().bind(messages.text("app.title"));
        stage.setScene(scene);
        stage.show();
        if (options.startScreen()) {
            showPlanList();
        } else {
            opening.setText(messages.get("app.opening", options.plan()));
            openIncident(opening);
        }
    }

    private void openIncident(Label status) {
        EventRelay relay = new EventRelay();
        IncidentOpener.Request request = new IncidentOpener.Request(options.plan(), options.scenario(),
                options.journalFor(options.plan().getFileName().toString().replace(".yaml", "")), options.actor(),
                options.virtualClock(), options.speed());
        Task<IncidentRuntime> open = new Task<>() {
            @Override
            protected IncidentRuntime call() throws Exception {
                return IncidentOpener.open(request, relay);
            }
        };
        open.setOnSucceeded(e -> showRoom(open.getValue(), relay));
        open.setOnFailed(e -> status.setText(messages.get("app.failed", open.getException().getMessage())));
        commands.execute(open);
    }

    private void showRoom(IncidentRuntime opened, EventRelay relay) {
        runtime = opened;
        IncidentViewModel vm = new IncidentViewModel(opened, new Background(commands, steps, Platform::runLater));
        relay.connect(vm::onRecorded);
        Shortcuts shortcuts = new Shortcuts();
        room = new WarRoomScreen(new RoomContext(vm, messages, options.actor(), shortcuts));
        scene.setRoot(room);
        shortcuts.install(scene);
        opened.board().start(Duration.ofSeconds(2), polling);
    }

    private void showPlanList() {
        PlanListView plans = new PlanListView();
        Label title = new Label("WarRoom — " + plansDirectory().toAbsolutePath().normalize());
        title.getStyleClass().add(Styles.TITLE);
        title.setId("title");
        Label status = new Label("…");
        status.setId("status");
        BorderPane root = new BorderPane(plans, title, null, status, null);
        BorderPane.setMargin(title, new Insets(12));
        BorderPane.setMargin(status, new Insets(8, 12, 8, 12));
        scene.setRoot(root);
        Task<List<PlanDirectory.Entry>> scan = new Task<>() {
            @Override
            protected List<PlanDirectory.Entry> call() throws Exception {
                return PlanDirectory.scan(plansDirectory());
            }
        };
        scan.setOnSucceeded(e -> {
            plans.getItems().setAll(scan.getValue());
            long usable = scan.getValue().stream().filter(PlanDirectory.Entry::usable).count();
            status.setText(usable + " of " + scan.getValue().size() + " plans ready");
        });
        scan.setOnFailed(e -> status.setText("Cannot read " + plansDirectory() + ": " + scan.getException().getMessage()));
        commands.execute(scan);
    }

    private static Theme theme(String name) {
        return switch (name) {
            case "daylight" -> Theme.DAYLIGHT;
            case "projector" -> Theme.PROJECTOR;
            default -> Theme.WAR_ROOM_DARK;
        };
    }

    @Override
    public void stop() throws Exception {
        if (room != null) {
            room.stop();
        }
        polling.shutdownNow();
        commands.shutdown();
        steps.shutdownNow();
        commands.awaitTermination(5, TimeUnit.SECONDS);
        if (runtime != null) {
            runtime.close();
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
