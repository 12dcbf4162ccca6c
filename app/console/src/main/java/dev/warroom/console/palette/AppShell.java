package dev.warroom.console.palette;

import java.util.List;
import javafx.animation.PauseTransition;
import javafx.event.EventHandler;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * The root of every screen: the screen itself, a layer for one modal panel at a time, and toasts.
 * While a panel is up, keys go to the panel only: the screen's shortcuts (a step's confirm key, say)
 * cannot fire behind it.
 */
public final class AppShell extends StackPane implements Overlays {

    private static final Duration TOAST_TIME = Duration.seconds(8);

    private final StackPane scrim = new StackPane();
    private final VBox toasts = new VBox(8);
    private Node panel;
    private Runnable onClosed = () -> { };
    private Node focusBefore;

    public AppShell() {
        setId("shell");
        scrim.setId("overlay");
        scrim.getStyleClass().add(PaletteStyles.SCRIM);
        scrim.setVisible(false);
        scrim.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            if (e.getTarget() == scrim) {
                hide();
            }
        });
        toasts.setId("toasts");
        toasts.getStyleClass().add(PaletteStyles.TOASTS);
        toasts.setAlignment(Pos.BOTTOM_RIGHT);
        toasts.setPickOnBounds(false);
        toasts.setPadding(new Insets(0, 24, 48, 24));
        getChildren().addAll(new StackPane(), scrim, toasts);
    }

    /** Puts the screen under the overlay layer (a screen is built knowing its shell, so it comes second). */
    public void setScreen(Node screen) {
        getChildren().set(0, screen);
    }

    /**
     * Makes panels modal for the keyboard: while one is up, keys reach only the panel, Esc closes it, and
     * {@code toggles} (the palette's and the help's own keys) still work. The guard sits on the window,
     * ahead of every scene-level shortcut, because handlers on one node all run even once an event is consumed.
     */
    public void guardKeys(Scene scene, List<KeyCombination> toggles) {
        EventHandler<KeyEvent> guard = event -> {
            if (panel == null) {
                return;
            }
            if (event.getCode() == KeyCode.ESCAPE) {
                event.consume();
                hide();
                return;
            }
            boolean typingInPanel = event.getTarget() instanceof TextInputControl input && isInside(input, panel)
                    && !event.isControlDown() && !event.isAltDown() && !event.isMetaDown() && !event.isShortcutDown();
            if (!typingInPanel && toggles.stream().noneMatch(k -> k.match(event))) {
                event.consume();
            }
        };
        scene.windowProperty().addListener((obs, old, now) -> {
            if (old != null) {
                old.removeEventFilter(KeyEvent.KEY_PRESSED, guard);
            }
            if (now != null) {
                now.addEventFilter(KeyEvent.KEY_PRESSED, guard);
            }
        });
        if (scene.getWindow() != null) {
            scene.getWindow().addEventFilter(KeyEvent.KEY_PRESSED, guard);
        }
    }

    private static boolean isInside(Node node, Node ancestor) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void show(Node next, Pos where, Node focus, Runnable closed) {
        hide();
        focusBefore = getScene() == null ? null : getScene().getFocusOwner();
        panel = next;
        onClosed = closed;
        StackPane.setAlignment(next, where);
        StackPane.setMargin(next, new Insets(where.getVpos() == javafx.geometry.VPos.TOP ? 72 : 24, 24, 24, 24));
        scrim.getChildren().setAll(next);
        scrim.setVisible(true);
        focus.requestFocus();
    }

    @Override
    public void hide() {
        if (panel == null) {
            return;
        }
        scrim.getChildren().clear();
        scrim.setVisible(false);
        panel = null;
        Runnable closed = onClosed;
        onClosed = () -> { };
        closed.run();
        if (focusBefore != null && focusBefore.getScene() == getScene() && getScene().getFocusOwner() == null) {
            focusBefore.requestFocus();
        }
        focusBefore = null;
    }

    @Override
    public boolean isShowing(Node candidate) {
        return panel != null && panel == candidate;
    }

    @Override
    public void toast(String words) {
        Label toast = new Label(words);
        toast.getStyleClass().add(PaletteStyles.TOAST);
        toast.setWrapText(true);
        toast.setMaxWidth(560);
        toast.setOnMouseClicked(e -> toasts.getChildren().remove(toast));
        toasts.getChildren().add(toast);
        PauseTransition wait = new PauseTransition(TOAST_TIME);
        wait.setOnFinished(e -> toasts.getChildren().remove(toast));
        wait.play();
    }
}
