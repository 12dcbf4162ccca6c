package dev.warroom.console.room.board;

import java.util.Collection;
import javafx.css.PseudoClass;
import javafx.scene.Node;

/** Sets one pseudo-class of a family on a node and clears the others (e.g. :ok / :warn / :bad). */
public final class PseudoClasses {

    private PseudoClasses() {
    }

    public static void choose(Node node, Collection<String> family, String chosen) {
        for (String name : family) {
            node.pseudoClassStateChanged(PseudoClass.getPseudoClass(name), name.equals(chosen));
        }
    }
}
