package dev.warroom.console.start;

import dev.warroom.core.incident.Mode;
import dev.warroom.core.plan.ShellCommands;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Whether the commander allows a plan's shell commands to run on this machine. It is asked only when
 * they could run: in LIVE (a shell's reach is live, so TABLETOP and DRILL never run one) on a plan that
 * has some. It starts unticked and goes back to unticked whenever another plan is offered.
 */
public final class ShellChoice {

    private final ObservableList<ShellCommands.Command> commands = FXCollections.observableArrayList();
    private final ObservableList<ShellCommands.Command> commandsView = FXCollections.unmodifiableObservableList(commands);
    private final ReadOnlyBooleanWrapper allowed = new ReadOnlyBooleanWrapper();
    private final BooleanBinding asked;

    ShellChoice(ObservableValue<Mode> mode) {
        asked = Bindings.createBooleanBinding(() -> mode.getValue() == Mode.LIVE && !commands.isEmpty(), mode, commands);
    }

    /** The plan's shell commands, in plan order. */
    public ObservableList<ShellCommands.Command> commands() {
        return commandsView;
    }

    /** True when the commander has to choose: LIVE on a plan with shell commands. */
    public BooleanBinding askedProperty() {
        return asked;
    }

    public ReadOnlyBooleanProperty allowedProperty() {
        return allowed.getReadOnlyProperty();
    }

    public void allow(boolean yes) {
        allowed.set(yes);
    }

    /** What the incident is opened or resumed with: allowed only when asked and ticked. */
    public boolean allowsNow() {
        return asked.get() && allowed.get();
    }

    void offer(List<ShellCommands.Command> next) {
        allowed.set(false);
        commands.setAll(next);
    }
}
