package dev.warroom.console.room.tree;

import atlantafx.base.theme.Styles;
import dev.warroom.console.i18n.Messages;
import dev.warroom.console.keys.Shortcuts;
import dev.warroom.console.lifecycle.AfterFirstFrame;
import dev.warroom.console.room.model.IncidentViewModel;
import dev.warroom.console.room.model.RoomContext;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/**
 * The decision tree: the plan's tree drawn as a graph (current node highlighted, path taken marked,
 * suggested answer shown) and, beside it, what the current node asks of the commander. Keys: 1–9
 * answer, Alt+W finishes a wait, Ctrl+0 shows the whole tree or a legible part, Ctrl+= / Ctrl+- zoom. The question is
 * there at once; the drawing, the dearest part of the room to style and lay out, follows right after the room's first frame.
 */
public final class DecisionTreePane extends BorderPane {

    static final KeyCombination FINISH_WAIT = new KeyCodeCombination(KeyCode.W, KeyCombination.ALT_DOWN);
    static final KeyCombination WHOLE_TREE = new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination ZOOM_IN = new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination ZOOM_OUT = new KeyCodeCombination(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN);

    private final IncidentViewModel vm;
    private final DecisionGraph graph;
    private final GraphViewport viewport;
    private final StackPane centre;
    private String followed = "";
    /** The type size the drawing was last built for: a new sheet that leaves it as it was needs no new drawing. */
    private double builtForEm = -1;

    public DecisionTreePane(RoomContext context) {
        this.vm = context.vm();
        Messages messages = context.messages();
        setId("tree");
        getStyleClass().add(TreeStyles.PANE);
        graph = new DecisionGraph(vm.plan(), messages, context.subscriptions());
        viewport = new GraphViewport(graph);
        DecisionPanel panel = new DecisionPanel(context, FINISH_WAIT);
        ScrollPane side = new ScrollPane(panel);
        side.setFitToWidth(true);
        side.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        side.setId("decision-scroll");
        side.getStyleClass().add(TreeStyles.PANEL_SCROLL);
        side.setPrefWidth(290);
        side.setMinWidth(220);

        // the drawing comes right after the room's first frame: until then, a placeholder says it is on its way
        Label drawing = new Label();
        drawing.textProperty().bind(messages.text("tree.drawing"));
        drawing.setId("tree-drawing");
        drawing.getStyleClass().add(TreeStyles.PANEL_MUTED);
        centre = new StackPane(drawing, zoomBar(messages));
        StackPane.setAlignment(centre.getChildren().get(1), Pos.TOP_RIGHT);
        setCenter(centre);
        setRight(side);

        registerKeys(context.shortcuts(), panel);
        context.subscriptions().onChange(vm.stateProperty(), (old, now) -> showState());
        context.subscriptions().onChange(vm.suggestionProperty(), (old, now) -> showState());
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                scene.getStylesheets().addListener((ListChangeListener<String>) change -> rebuildForType());
                if (drawn()) {
                    rebuildForType();
                } else {
                    AfterFirstFrame.run(scene, this::firstDrawing);
                }
            }
        });
    }

    private boolean drawn() {
        return builtForEm > 0;
    }

    /** The drawing takes the placeholder's place, in the type the scene has by now. */
    private void firstDrawing() {
        if (drawn() || getScene() == null) {
            return;
        }
        centre.getChildren().set(0, viewport);
        rebuildForType();
    }

    private void registerKeys(Shortcuts shortcuts, DecisionPanel panel) {
        for (int n = 1; n <= 9; n++) {
            int number = n;
            shortcuts.register(new KeyCodeCombination(KeyCode.valueOf("DIGIT" + n)), "tree.answer." + n, () -> panel.answerByNumber(number));
        }
        shortcuts.register(FINISH_WAIT, "tree.wait.finish", panel::finishWait);
        shortcuts.register(WHOLE_TREE, "tree.zoom.whole", this::toggleWhole);
        shortcuts.register(ZOOM_IN, "tree.zoom.in", viewport::zoomIn);
        shortcuts.register(ZOOM_OUT, "tree.zoom.out", viewport::zoomOut);
    }

    private HBox zoomBar(Messages messages) {
        HBox bar = new HBox(zoomButton("−", "tree.zoom.out", ZOOM_OUT, viewport::zoomOut, messages),
                zoomButton("+", "tree.zoom.in", ZOOM_IN, viewport::zoomIn, messages),
                zoomButton(null, "tree.zoom.whole", WHOLE_TREE, this::toggleWhole, messages));
        bar.getStyleClass().add(TreeStyles.ZOOM_BAR);
        bar.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        bar.setPickOnBounds(false);
        return bar;
    }

    private static Button zoomButton(String glyph, String nameKey, KeyCombination key, Runnable action, Messages messages) {
        Button button = new Button(glyph);
        if (glyph == null) {
            button.textProperty().bind(messages.text("tree.zoom.whole.short"));
        }
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(messages.text(nameKey).concat("  (" + key.getDisplayText() + ")"));
        button.setTooltip(tip);
        button.setFocusTraversable(false);
        button.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        button.setOnAction(e -> action.run());
        return button;
    }

    private void toggleWhole() {
        viewport.toggleWhole();
        followCurrent();
    }

    /** Sizes the drawing to the type the theme sets (ems), then shows where the incident stands; nothing to do if the type is unchanged. */
    private void rebuildForType() {
        if (!centre.getChildren().contains(viewport)) {
            return;
        }
        Label probe = new Label("M");
        getChildren().add(probe);
        probe.applyCss();
        double em = probe.getFont().getSize();
        getChildren().remove(probe);
        if (em == builtForEm) {
            return;
        }
        builtForEm = em;
        graph.build(em);
        viewport.rezoom();
        showState();
        followCurrent();
    }

    /** Marks the state on the graph; scrolls only when the current node changes, so a commander looking around is not pulled back. */
    private void showState() {
        if (!drawn()) {
            return;
        }
        graph.show(vm.stateProperty().get(), vm.suggestionProperty().get());
        String current = vm.stateProperty().get().currentNode().orElse("");
        if (!current.equals(followed)) {
            followed = current;
            followCurrent();
        }
    }

    private void followCurrent() {
        vm.stateProperty().get().currentNode().ifPresent(viewport::follow);
    }

    GraphViewport viewport() {
        return viewport;
    }
}
