package dev.warroom.console.start;

import dev.warroom.console.i18n.Messages;
import dev.warroom.console.lifecycle.Subscriptions;
import dev.warroom.core.plan.ShellCommands;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * The commander's choice about a plan's shell commands, shown only when it is asked (LIVE, a plan with
 * shell commands): an unticked box, what ticking it means, and every step with the command it runs.
 */
final class ShellPermission extends VBox {

    private final Messages messages;
    private final String idPrefix;
    private final VBox lines = new VBox(4);

    /** @param idPrefix names the box ({@code <prefix>-allow}), the command list ({@code <prefix>-commands}) and each line in it */
    ShellPermission(String idPrefix, ShellChoice choice, Messages messages, Subscriptions subscriptions) {
        this.messages = messages;
        this.idPrefix = idPrefix;
        setId(idPrefix);
        setSpacing(6);
        getStyleClass().add(StartStyles.SHELL);

        CheckBox allow = new CheckBox();
        allow.setId(idPrefix + "-allow");
        allow.setWrapText(true);
        allow.getStyleClass().add(StartStyles.SHELL_ALLOW);
        allow.textProperty().bind(Bindings.createStringBinding(() -> messages.get("start.shell.allow", choice.commands().size()),
                choice.commands(), messages.localeProperty()));
        allow.setSelected(choice.allowedProperty().get());
        allow.selectedProperty().addListener((obs, was, now) -> choice.allow(now));
        choice.allowedProperty().addListener((obs, was, now) -> allow.setSelected(now));

        Label about = new Label();
        about.getStyleClass().add(StartStyles.CAPTION);
        about.setWrapText(true);
        about.textProperty().bind(messages.text("start.shell.about"));

        lines.setId(idPrefix + "-commands");
        Runnable list = () -> lines.getChildren().setAll(choice.commands().stream().map(this::line).toList());
        choice.commands().addListener((ListChangeListener<ShellCommands.Command>) c -> list.run());
        subscriptions.onChange(messages.localeProperty(), list);
        list.run();

        visibleProperty().bind(choice.askedProperty());
        managedProperty().bind(visibleProperty());
        getChildren().addAll(allow, about, lines);
    }

    private VBox line(ShellCommands.Command command) {
        Label step = new Label(command.rollback() ? messages.get("start.shell.rollback", command.stepTitle()) : command.stepTitle());
        step.setWrapText(true);
        Label text = new Label(command.command());
        text.getStyleClass().add(StartStyles.SHELL_COMMAND);
        text.setWrapText(true);
        VBox line = new VBox(2, step, text);
        line.setId(idPrefix + "-step-" + command.step() + (command.rollback() ? "-rollback" : ""));
        return line;
    }
}
