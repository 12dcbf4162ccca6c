package dev.warroom.console.room.header;

import dev.warroom.console.room.board.ObjectiveLevel;
import dev.warroom.console.room.board.PseudoClasses;
import java.util.Arrays;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** A measured time against its objective: caption and value, a bar of the objective used, the target; coloured by level. */
final class ObjectiveGauge extends VBox {

    private static final List<String> LEVELS = Arrays.stream(ObjectiveLevel.values()).map(ObjectiveLevel::pseudoClass).toList();

    private final Label caption = new Label();
    private final Label value = new Label();
    private final Label target = new Label();
    private final ProgressBar bar = new ProgressBar(0);
    private final Tooltip tooltip = new Tooltip();

    ObjectiveGauge(String id) {
        setId(id);
        getStyleClass().add(HeaderStyles.GAUGE);
        caption.getStyleClass().add(HeaderStyles.GAUGE_CAPTION);
        value.getStyleClass().add(HeaderStyles.GAUGE_VALUE);
        value.setId(id + "-value");
        value.setMinWidth(Region.USE_PREF_SIZE);
        target.getStyleClass().add(HeaderStyles.GAUGE_TARGET);
        target.setId(id + "-target");
        target.setMinWidth(Region.USE_PREF_SIZE);
        bar.getStyleClass().add(HeaderStyles.GAUGE_BAR);
        bar.setMaxWidth(Double.MAX_VALUE);
        HBox top = new HBox(8, caption, value);
        top.setAlignment(Pos.BASELINE_LEFT);
        HBox bottom = new HBox(8, bar, target);
        bottom.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(bar, javafx.scene.layout.Priority.ALWAYS);
        getChildren().addAll(top, bottom);
        Tooltip.install(this, tooltip);
    }

    /** Shows {@code value} against {@code target}, {@code used} of the objective (0..1+), at {@code level}. */
    void show(String captionText, String valueText, String targetText, double used, ObjectiveLevel level, String tip) {
        caption.setText(captionText);
        value.setText(valueText);
        target.setText(targetText);
        bar.setProgress(Math.min(1, Math.max(0, used)));
        tooltip.setText(tip);
        PseudoClasses.choose(this, LEVELS, level.pseudoClass());
    }
}
