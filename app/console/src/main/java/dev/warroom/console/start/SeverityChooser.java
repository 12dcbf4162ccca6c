package dev.warroom.console.start;

import atlantafx.base.theme.Styles;
import dev.warroom.console.i18n.Messages;
import dev.warroom.console.keys.Shortcuts;
import dev.warroom.console.lifecycle.Subscriptions;
import dev.warroom.core.plan.model.SeverityTarget;
import dev.warroom.core.text.SafeText;
import dev.warroom.core.text.TextLanguage;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The severity level the next incident is held to, for a plan with levels (targets.severities): each with its RTO and
 * RPO, the scenario's own level chosen first. Ctrl+L goes to it, the arrows choose. Hidden for a plan without levels.
 */
final class SeverityChooser extends VBox {

    static final KeyCombination TO_SEVERITY = new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN);

    private final Messages messages;

    SeverityChooser(StartViewModel vm, Messages messages, Shortcuts shortcuts, Subscriptions subscriptions) {
        super(6);
        this.messages = messages;
        setId("start-severity-box");

        Label heading = new Label();
        heading.getStyleClass().add(Styles.TITLE_4);
        heading.textProperty().bind(Bindings.concat(messages.text("start.severity"), "  ", TO_SEVERITY.getDisplayText()));
        Label about = new Label();
        about.setId("start-severity-about");
        about.getStyleClass().add(StartStyles.CAPTION);
        about.setWrapText(true);
        about.setMinHeight(Region.USE_PREF_SIZE);
        about.textProperty().bind(Bindings.createStringBinding(() -> vm.severityProperty().get() == null
                ? messages.get("start.severity.none")
                : messages.get("start.severity.about"), vm.severityProperty(), messages.localeProperty()));

        ComboBox<SeverityTarget> levels = new ComboBox<>();
        levels.setId("start-severity");
        levels.setItems(vm.severities());
        levels.setMaxWidth(Double.MAX_VALUE);
        levels.setConverter(names());
        ListCell<SeverityTarget> button = new ListCell<>() {
            @Override
            protected void updateItem(SeverityTarget level, boolean empty) {
                super.updateItem(level, empty);
                setText(levels.getConverter().toString(empty ? null : level));
            }
        };
        levels.setButtonCell(button);
        levels.setValue(vm.severityProperty().get());
        subscriptions.onChange(vm.severityProperty(), (old, now) -> levels.setValue(now));
        levels.valueProperty().addListener((obs, old, now) -> {
            if (now != null && now != vm.severityProperty().get()) {
                vm.chooseSeverity(now);
            }
        });
        // the cells say RTO and RPO in the console's language
        subscriptions.onChange(messages.localeProperty(), () -> {
            levels.setConverter(names());
            button.setText(levels.getConverter().toString(levels.getValue()));
        });
        // the arrows step through the levels without opening the list
        levels.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (levels.isShowing() || vm.severities().isEmpty() || (e.getCode() != KeyCode.UP && e.getCode() != KeyCode.DOWN)) {
                return;
            }
            int at = vm.severities().indexOf(vm.severityProperty().get());
            int next = e.getCode() == KeyCode.DOWN ? Math.min(at + 1, vm.severities().size() - 1) : Math.max(at - 1, 0);
            vm.chooseSeverity(vm.severities().get(next));
            e.consume();
        });
        shortcuts.register(TO_SEVERITY, "start.severity.focus", () -> {
            if (isVisible()) {
                levels.requestFocus();
            }
        });

        Runnable showOnlyWithLevels = () -> {
            setVisible(!vm.severities().isEmpty());
            setManaged(isVisible());
        };
        vm.severities().addListener((ListChangeListener<SeverityTarget>) c -> showOnlyWithLevels.run());
        showOnlyWithLevels.run();
        getChildren().addAll(heading, levels, about);
    }

    /** Each level in the console's language now; none chosen reads as the plan's overall targets. */
    private StringConverter<SeverityTarget> names() {
        return new StringConverter<>() {
            @Override
            public String toString(SeverityTarget level) {
                return level == null ? messages.get("start.severity.overall") : line(level);
            }

            @Override
            public SeverityTarget fromString(String text) {
                return null;
            }
        };
    }

    /** {@code Major failure — RTO 4h, RPO 1h}, the level's name in the console's language where the plan gives it. */
    private String line(SeverityTarget level) {
        String name = TextLanguage.fromLocale(messages.locale()).orElse(TextLanguage.ENGLISH).pick(level.title(), level.titleEn());
        return messages.get("start.severity.level", SafeText.forDisplay(name), messages.duration(level.rto()), messages.duration(level.rpo()));
    }
}
