package dev.warroom.console.room.status;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.layout.Pane;

/**
 * The providers' chips in one line. Short of room (large type, a narrow window), the longest chips give way
 * first and all of them by the same amount, so a short chip ("dns · 0s ago") keeps its words and every chip
 * at least its provider's name; an HBox would take the same width from each, and the shortest would vanish.
 * A chip that must keep its width (its minimum is its preferred width) keeps it.
 */
final class ProviderRow extends Pane {

    private final double spacing;

    ProviderRow(double spacing) {
        this.spacing = spacing;
    }

    @Override
    protected double computePrefWidth(double height) {
        List<Node> chips = getManagedChildren();
        double sum = chips.stream().mapToDouble(c -> snapSizeX(c.prefWidth(-1))).sum();
        return snappedLeftInset() + sum + gaps(chips.size()) + snappedRightInset();
    }

    @Override
    protected double computeMinWidth(double height) {
        return snappedLeftInset() + snappedRightInset();
    }

    @Override
    protected double computePrefHeight(double width) {
        double tallest = getManagedChildren().stream().mapToDouble(c -> c.prefHeight(-1)).max().orElse(0);
        return snappedTopInset() + tallest + snappedBottomInset();
    }

    @Override
    protected void layoutChildren() {
        List<Node> chips = getManagedChildren();
        Insets insets = getInsets();
        double available = getWidth() - snappedLeftInset() - snappedRightInset() - gaps(chips.size());
        double[] prefs = chips.stream().mapToDouble(c -> snapSizeX(c.prefWidth(-1))).toArray();
        double[] mins = chips.stream().mapToDouble(c -> snapSizeX(c.minWidth(-1))).toArray();
        double[] widths = shares(prefs, mins, available);
        double x = snappedLeftInset();
        double height = getHeight() - snappedTopInset() - snappedBottomInset();
        for (int i = 0; i < chips.size(); i++) {
            layoutInArea(chips.get(i), x, insets.getTop(), widths[i], height, 0, HPos.LEFT, VPos.CENTER);
            x += widths[i] + spacing;
        }
    }

    /**
     * Each chip's width: its preferred width while the row has room; else the chips that must keep their width
     * keep it, and the rest share what is left with no chip wider than it needs, the shortest served first.
     */
    static double[] shares(double[] prefs, double[] mins, double available) {
        double[] widths = new double[prefs.length];
        if (Arrays.stream(prefs).sum() <= available) {
            return prefs.clone();
        }
        double left = available;
        for (int i = 0; i < prefs.length; i++) {
            if (mins[i] >= prefs[i]) {
                widths[i] = prefs[i];
                left -= prefs[i];
            }
        }
        int[] giving = IntStream.range(0, prefs.length).filter(i -> mins[i] < prefs[i]).boxed()
                .sorted(Comparator.comparingDouble(i -> prefs[i])).mapToInt(Integer::intValue).toArray();
        for (int k = 0; k < giving.length; k++) {
            int i = giving[k];
            double share = Math.max(0, left) / (giving.length - k);
            widths[i] = Math.max(mins[i], Math.min(prefs[i], Math.floor(share)));
            left -= widths[i];
        }
        return widths;
    }

    private double gaps(int count) {
        return count > 1 ? spacing * (count - 1) : 0;
    }
}
