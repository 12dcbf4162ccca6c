package dev.warroom.console.room.board;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import org.testfx.util.WaitForAsyncUtils;

/** What a node looks like to a user: its state pseudo-classes and its fill. */
public final class Looks {

    private Looks() {
    }

    public static boolean hasPseudoClass(Node node, String name) {
        return node.getPseudoClassStates().contains(PseudoClass.getPseudoClass(name));
    }

    public static Color background(Region region) {
        return (Color) region.getBackground().getFills().get(0).getFill();
    }

    /**
     * Waits up to 30 s for {@code condition}, then for the FX thread to settle. A lookup torn by the FX
     * thread rebuilding what it walks counts as "not yet".
     */
    public static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
            try {
                return condition.call();
            } catch (IndexOutOfBoundsException | java.util.ConcurrentModificationException torn) {
                return false;
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }
}
