package dev.warroom.console.room.procedure;

import dev.warroom.console.WarRoomApp;
import dev.warroom.console.options.ConsoleOptions;
import dev.warroom.console.palette.ConsoleTestKit;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.awaitility.Awaitility;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Opens the real console on the AI Workflow plan (TABLETOP, its region-failure scenario) with a
 * virtual clock, so steps finish at once, and helps tests wait for what the commander would see.
 */
public final class WarRoomHarness {

    public static final String ACTOR = "alice";

    static {
        // Monocle's headless screen is 1280×800 unless told otherwise; the war room is 1366×768.
        System.setProperty("headless.geometry", "1920x1200-32");
    }

    private WarRoomHarness() {
    }

    /** Call from a test class's static initialiser, before the toolkit starts: makes the screen room for 1366×768. */
    public static void prepareScreen() {
        // the static initialiser above has run by now
    }

    public static WarRoomApp open(Stage stage, Path journal) {
        return open(stage, journal, "--clock", "virtual");
    }

    /** Opens with more options, e.g. {@code --clock accelerated --speed 10} or {@code --lang zh-TW}. */
    public static WarRoomApp open(Stage stage, Path journal, String... options) {
        String root = System.getProperty("warroom.root", "../..");
        List<String> args = new java.util.ArrayList<>(List.of("--journal", journal.toString(), "--plan", root + "/plans/ai-workflow.yaml",
                "--actor", ACTOR));
        args.addAll(List.of(options));
        WarRoomApp app = new WarRoomApp(ConsoleOptions.parse(args));
        app.start(stage);
        return app;
    }

    /** Waits until the war room has replaced the opening screen. */
    public static void awaitRoom(FxRobot robot) {
        await(() -> robot.lookup("#war-room").tryQuery().isPresent() && robot.lookup("#decision").tryQuery().isPresent());
    }

    public static void awaitCurrentNode(FxRobot robot, String nodeId) {
        await(() -> has(robot.lookup("#tree-node-" + nodeId).query(), "current"));
    }

    /** From the entry question to the full failover by number keys: confirmed, no auto-recovery, all services. */
    public static void answerIntoFullFailover(FxRobot robot) {
        awaitRoom(robot);
        awaitCurrentNode(robot, "region-failure-detected");
        robot.type(KeyCode.DIGIT1);
        awaitCurrentNode(robot, "auto-recovery-possible");
        robot.type(KeyCode.DIGIT2);
        awaitCurrentNode(robot, "impact-scope");
        robot.type(KeyCode.DIGIT2);
        await(() -> currentStep(robot).isPresent());
    }

    /** The step the procedure pane marks as current, if a procedure is running. */
    public static Optional<String> currentStep(FxRobot robot) {
        return robot.lookup(".wr-step-row").<Node>queryAll().stream().filter(Node::isVisible).filter(row -> has(row, "current"))
                .map(row -> row.getId().substring("step-".length())).findFirst();
    }

    /** Confirms ordinary steps with Enter until {@code stepId} is the one proposed. */
    public static void confirmUntil(FxRobot robot, String stepId) {
        while (!currentStep(robot).orElseThrow().equals(stepId)) {
            String step = currentStep(robot).orElseThrow();
            await(() -> !robot.lookup("#confirm").queryAs(Button.class).isDisabled());
            robot.type(KeyCode.ENTER);
            await(() -> currentStep(robot).filter(step::equals).isEmpty());
        }
        await(() -> has(robot.lookup("#step-" + stepId).query(), "proposed"));
    }

    /** The names the commander types to confirm the AI Workflow full failover's destructive steps. */
    public static final Map<String, String> TYPED_NAMES = Map.of("promote-dr-db", "ai-workflow-db-dr", "promote-redis",
            "ai-workflow-redis-dr", "failover-storage", "aiworkflowbackup", "switch-front-door", "ai-workflow-fd", "update-dns", "api");

    /**
     * Confirms the proposed steps one by one, typing the target's name for destructive ones, until
     * {@code stepId} is proposed (null: to the end of the procedure).
     */
    public static void confirmThrough(FxRobot robot, String stepId) {
        while (true) {
            Optional<String> current = currentStep(robot);
            if (current.isEmpty() || current.get().equals(stepId)) {
                break;
            }
            String step = current.get();
            if (!has(robot.lookup("#step-" + step).query(), "proposed")) {
                await(() -> !currentStep(robot).equals(Optional.of(step)));
                continue;
            }
            confirm(robot, step);
            answerCheckIfAsked(robot, step);
            await(() -> has(robot.lookup("#step-" + step).query(), "done"));
        }
        if (stepId != null) {
            await(() -> has(robot.lookup("#step-" + stepId).query(), "proposed"));
        }
    }

    /** What the commander says they saw when a test answers a manual check. */
    public static final String CHECK_WORDS = "seen on the dashboard";

    /**
     * Once {@code stepId} has run: if it asks a person to check its outcome (a manual check), answers
     * "yes" from the keyboard (Alt+Y, the words, Enter), as the commander would after looking.
     */
    public static void answerCheckIfAsked(FxRobot robot, String stepId) {
        Node row = robot.lookup("#step-" + stepId).query();
        await(() -> has(row, "done") || has(row, "awaiting-check") || has(row, "failed"));
        if (has(row, "awaiting-check")) {
            await(() -> shown(robot.lookup("#check-yes").query()) && !robot.lookup("#check-yes").queryAs(Button.class).isDisabled());
            robot.press(KeyCode.ALT, KeyCode.Y).release(KeyCode.Y, KeyCode.ALT);
            await(() -> shown(robot.lookup("#reason").query()));
            robot.write(CHECK_WORDS);
            robot.type(KeyCode.ENTER);
            await(() -> has(row, "done"));
        }
    }

    /** Confirms the proposed {@code stepId} from the keyboard, typing its target's name if it is destructive. */
    public static void confirm(FxRobot robot, String stepId) {
        Button confirm = robot.lookup("#confirm").queryAs(Button.class);
        await(() -> !confirm.isDisabled() || shown(robot.lookup("#typed-name").query()));
        if (TYPED_NAMES.containsKey(stepId)) {
            robot.type(KeyCode.ENTER);
            robot.write(TYPED_NAMES.get(stepId));
            await(() -> !confirm.isDisabled());
        }
        robot.type(KeyCode.ENTER);
        await(() -> !has(robot.lookup("#step-" + stepId).query(), "proposed"));
    }

    /**
     * Waits up to 30 s for {@code condition}. Lookups run on the test thread while the FX thread may be
     * rebuilding the very list they walk; such a torn read counts as "not yet" and is asked again.
     */
    public static void await(Callable<Boolean> condition) {
        Awaitility.await("the console to get there").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50))
                .ignoreExceptionsMatching(torn -> torn instanceof IndexOutOfBoundsException
                        || torn instanceof java.util.ConcurrentModificationException || torn instanceof NullPointerException)
                .until(condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * Waits up to 30 s for {@code condition}, asked on the FX thread between pulses, for what only holds
     * once a layout pass is over (what a scroll view shows after a zoom, say).
     */
    public static void awaitOnFx(Callable<Boolean> condition) {
        await(() -> WaitForAsyncUtils.asyncFx(condition).get(10, TimeUnit.SECONDS));
    }

    /** Whether the node and every node around it are visible, i.e. the commander can see it. */
    public static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }

    public static boolean has(Node node, String pseudoClass) {
        return node.getPseudoClassStates().contains(PseudoClass.getPseudoClass(pseudoClass));
    }

    /** Renders the scene, once the FX thread has settled, into target/screenshots/{name}.png, to look at. */
    public static Path screenshot(Scene scene, String name) {
        WaitForAsyncUtils.waitForFxEvents();
        return ConsoleTestKit.screenshot(scene, name);
    }
}
