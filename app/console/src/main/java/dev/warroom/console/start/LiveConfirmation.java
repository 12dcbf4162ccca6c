package dev.warroom.console.start;

import atlantafx.base.theme.Styles;
import dev.warroom.console.i18n.Messages;
import dev.warroom.console.palette.Overlays;
import dev.warroom.console.palette.PaletteStyles;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The step before a LIVE incident opens or resumes: the connectors are started, the sheet says who
 * each acts as and whether the plan's shell commands will run, and the commander types LIVE to go on, or cancels (Esc) and nothing is opened.
 */
final class LiveConfirmation extends VBox {

    private final StartViewModel vm;
    private final Overlays overlays;
    private final TextField typed = new TextField();

    LiveConfirmation(StartViewModel vm, Messages messages, Overlays overlays) {
        this.vm = vm;
        this.overlays = overlays;
        setId("live-confirmation");
        getStyleClass().addAll(PaletteStyles.SHEET, StartStyles.LIVE_SHEET);
        setSpacing(12);
        setMaxWidth(560);
        setMaxHeight(Region.USE_PREF_SIZE);

        Label title = new Label();
        title.getStyleClass().add(PaletteStyles.SHEET_TITLE);
        title.textProperty().bind(messages.text("start.live.title"));
        Label warning = new Label();
        warning.getStyleClass().add(StartStyles.LIVE_WARNING);
        warning.setWrapText(true);
        warning.textProperty().bind(messages.text("start.live.warning", StartViewModel.LIVE_WORD));

        Label actingAs = new Label();
        actingAs.textProperty().bind(messages.text("start.live.identities"));
        VBox identities = new VBox(4);
        identities.setId("live-identities");
        identities.getStyleClass().add(StartStyles.LIVE_IDENTITIES);
        vm.liveIdentitiesProperty().addListener((obs, old, now) -> identities.getChildren().setAll(now.entrySet().stream()
                .map(e -> identity(e.getKey(), e.getValue())).toList()));

        Label shell = new Label();
        shell.setId("live-shell");
        shell.getStyleClass().add(StartStyles.LIVE_SHELL);
        shell.setWrapText(true);
        shell.textProperty().bind(Bindings.createStringBinding(() -> shellWords(messages, vm.liveShellProperty().get()),
                vm.liveShellProperty(), messages.localeProperty()));

        typed.setId("live-confirm-field");
        typed.promptTextProperty().bind(messages.text("start.live.prompt", StartViewModel.LIVE_WORD));
        Button cancel = new Button();
        cancel.setId("live-cancel");
        cancel.textProperty().bind(messages.text("start.live.cancel"));
        cancel.setOnAction(e -> overlays.hide());
        Button confirm = new Button();
        confirm.setId("live-confirm");
        confirm.getStyleClass().add(Styles.DANGER);
        confirm.textProperty().bind(messages.text("start.live.confirm"));
        confirm.disableProperty().bind(typed.textProperty().isNotEqualTo(StartViewModel.LIVE_WORD));
        confirm.setOnAction(e -> confirm());
        typed.setOnAction(e -> {
            e.consume();
            confirm();
        });
        HBox buttons = new HBox(8, cancel, confirm);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        getChildren().addAll(title, warning, actingAs, identities, shell, typed, buttons);
    }

    private static String shellWords(Messages messages, StartViewModel.LiveShell shell) {
        if (shell.commands() == 0) {
            return messages.get("start.live.shell.none");
        }
        return messages.get(shell.allowed() ? "start.live.shell.allowed" : "start.live.shell.refused", shell.commands());
    }

    private static Label identity(String connector, String words) {
        Label line = new Label(connector + ": " + words);
        line.setId("live-identity-" + connector);
        line.getStyleClass().add(StartStyles.LIVE_IDENTITY);
        line.setWrapText(true);
        return line;
    }

    void show() {
        typed.clear();
        overlays.show(this, Pos.CENTER, typed, vm::cancelLive);
    }

    private void confirm() {
        if (vm.confirmLive(typed.getText())) {
            overlays.hide();
        }
    }
}
