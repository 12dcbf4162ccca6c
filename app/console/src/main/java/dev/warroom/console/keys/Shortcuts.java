package dev.warroom.console.keys;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * Every command a commander can reach from the keyboard: each view registers its own, the scene
 * dispatches keys, the command palette lists them all with their keys. Use on the FX thread.
 */
public final class Shortcuts {

    /** A command: its key (may be null: palette only), the message key of its name, and what it does. */
    public record Command(KeyCombination key, String nameKey, Runnable action) {
    }

    private final List<Command> commands = new ArrayList<>();

    public void register(KeyCombination key, String nameKey, Runnable action) {
        commands.add(new Command(key, nameKey, action));
    }

    public List<Command> commands() {
        return List.copyOf(commands);
    }

    private static boolean hasModifier(KeyCombination key) {
        return key.getControl() == KeyCombination.ModifierValue.DOWN || key.getShortcut() == KeyCombination.ModifierValue.DOWN
                || key.getAlt() == KeyCombination.ModifierValue.DOWN || key.getMeta() == KeyCombination.ModifierValue.DOWN;
    }

    /** Handles key presses for the whole scene; a text field keeps the keys it types. */
    public void install(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            boolean typing = event.getTarget() instanceof javafx.scene.control.TextInputControl;
            for (Command command : commands) {
                if (command.key() != null && command.key().match(event)
                        && (!typing || hasModifier(command.key()))) {
                    command.action().run();
                    event.consume();
                    return;
                }
            }
        });
    }
}
