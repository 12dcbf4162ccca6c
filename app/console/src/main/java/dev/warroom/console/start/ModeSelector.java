package dev.warroom.console.start;

import atlantafx.base.theme.Styles;
import dev.warroom.core.incident.Mode;
import java.util.EnumMap;
import java.util.Map;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;

/** TABLETOP / DRILL / LIVE as one segmented control that always shows the view model's mode. */
final class ModeSelector extends HBox {

    private final Map<Mode, ToggleButton> buttons = new EnumMap<>(Mode.class);

    ModeSelector(StartViewModel vm) {
        setId("mode-selector");
        ToggleGroup group = new ToggleGroup();
        Mode[] modes = Mode.values();
        for (int i = 0; i < modes.length; i++) {
            Mode mode = modes[i];
            ToggleButton button = new ToggleButton(mode.name());
            button.setId("mode-" + mode.word());
            button.getStyleClass().addAll(StartStyles.MODE, "wr-mode-" + mode.word(),
                    i == 0 ? Styles.LEFT_PILL : i == modes.length - 1 ? Styles.RIGHT_PILL : Styles.CENTER_PILL);
            button.setToggleGroup(group);
            button.setOnAction(e -> {
                vm.chooseMode(mode);
                show(vm.modeProperty().get());
            });
            buttons.put(mode, button);
            getChildren().add(button);
        }
        vm.modeProperty().addListener((obs, old, now) -> show(now));
        show(vm.modeProperty().get());
    }

    /** Selects the button of {@code mode}; a click that did not change the mode (LIVE unconfirmed) is undone here. */
    private void show(Mode mode) {
        buttons.get(mode).setSelected(true);
    }
}
