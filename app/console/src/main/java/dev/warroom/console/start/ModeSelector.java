package dev.warroom.console.start;

import dev.warroom.core.incident.Mode;
import java.util.EnumMap;
import java.util.Map;
import javafx.scene.control.ToggleButton;
import org.controlsfx.control.SegmentedButton;

/**
 * TABLETOP / DRILL / LIVE as one ControlsFX segmented button that always shows the view model's mode; LIVE
 * cannot be chosen while a drill is.
 * The skin gives the ends their pill shapes (the same left-pill / center-pill / right-pill classes AtlantaFX styles).
 */
final class ModeSelector extends SegmentedButton {

    private final Map<Mode, ToggleButton> buttons = new EnumMap<>(Mode.class);

    ModeSelector(StartViewModel vm) {
        setId("mode-selector");
        for (Mode mode : Mode.values()) {
            ToggleButton button = new ToggleButton(mode.name());
            button.setId("mode-" + mode.word());
            button.getStyleClass().addAll(StartStyles.MODE, "wr-mode-" + mode.word());
            button.setOnAction(e -> {
                vm.chooseMode(mode);
                show(vm.modeProperty().get());
            });
            if (mode == Mode.LIVE) {
                // a drill is never played in LIVE
                button.disableProperty().bind(vm.drillProperty().isNotNull());
            }
            buttons.put(mode, button);
            getButtons().add(button);
        }
        vm.modeProperty().addListener((obs, old, now) -> show(now));
        show(vm.modeProperty().get());
    }

    /** Selects the button of {@code mode}; a click that did not change the mode (LIVE unconfirmed) is undone here. */
    private void show(Mode mode) {
        buttons.get(mode).setSelected(true);
    }
}
