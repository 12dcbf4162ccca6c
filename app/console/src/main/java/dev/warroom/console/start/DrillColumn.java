package dev.warroom.console.start;

import atlantafx.base.theme.Styles;
import dev.warroom.console.i18n.Messages;
import dev.warroom.console.keys.Shortcuts;
import dev.warroom.console.lifecycle.Subscriptions;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The selected plan's drills, beside its plans and its scenario: choosing one plays it, with its scenario, in
 * TABLETOP or DRILL. Ctrl+D goes to the list, the arrows choose, Delete (or "No drill") chooses none, Enter opens.
 */
final class DrillColumn extends VBox {

    static final KeyCombination TO_DRILLS = new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination NONE = new KeyCodeCombination(KeyCode.DELETE);

    DrillColumn(StartViewModel vm, Messages messages, Shortcuts shortcuts, Subscriptions subscriptions) {
        super(8);
        setId("start-drills");
        getStyleClass().add(StartStyles.SECTION);
        setPrefWidth(360);
        setMinWidth(320);

        Label heading = new Label();
        heading.getStyleClass().add(Styles.TITLE_4);
        heading.textProperty().bind(Bindings.concat(messages.text("start.drills"), "  ", TO_DRILLS.getDisplayText()));
        Label about = new Label();
        about.setId("drills-about");
        about.getStyleClass().add(StartStyles.CAPTION);
        about.setWrapText(true);
        about.setMinHeight(Region.USE_PREF_SIZE);
        about.textProperty().bind(Bindings.createStringBinding(() -> messages.get("start.drills.about", vm.drills().size()),
                vm.drills(), messages.localeProperty()));

        DrillListView list = new DrillListView(messages, subscriptions);
        list.setItems(vm.drills());
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != vm.drillProperty().get()) {
                vm.chooseDrill(now);
            }
        });
        subscriptions.onChange(vm.drillProperty(), (old, now) -> {
            if (now == null) {
                list.getSelectionModel().clearSelection();
            } else {
                list.getSelectionModel().select(now);
                list.scrollTo(now);
            }
        });
        list.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && !e.isShortcutDown()) {
                vm.open();
                e.consume();
            } else if (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) {
                vm.chooseDrill(null);
                e.consume();
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        shortcuts.register(TO_DRILLS, "start.drills.focus", () -> {
            list.requestFocus();
            if (vm.drillProperty().get() == null && !vm.drills().isEmpty()) {
                list.getFocusModel().focus(0);
            }
        });

        Button none = new Button();
        none.setId("drill-none");
        none.textProperty().bind(Bindings.concat(messages.text("start.drill.none"), "  ", NONE.getDisplayText()));
        none.setOnAction(e -> vm.chooseDrill(null));
        none.disableProperty().bind(vm.drillProperty().isNull());

        getChildren().addAll(heading, about, list, none);
    }
}
