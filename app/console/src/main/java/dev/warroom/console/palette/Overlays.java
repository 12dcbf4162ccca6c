package dev.warroom.console.palette;

import javafx.geometry.Pos;
import javafx.scene.Node;

/** Where a screen shows something modal (the palette, the help, a typed confirmation) and brief messages. */
public interface Overlays {

    /**
     * Shows {@code panel} over the screen, the rest dimmed and deaf to the keyboard; {@code focus} gets the
     * keyboard. Esc or a click beside the panel closes it, and so does {@link #hide()}; {@code onClosed} runs then.
     */
    void show(Node panel, Pos where, Node focus, Runnable onClosed);

    void hide();

    boolean isShowing(Node panel);

    /** A short message in the corner that goes away by itself. */
    void toast(String words);
}
