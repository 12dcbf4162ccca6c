package dev.warroom.console.room.model;

import dev.warroom.console.tasks.Background;
import dev.warroom.core.incident.PlanClearance;
import dev.warroom.service.PlanCheck;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * Where the checks of the room's plan stand, for the views (FX thread): a TABLETOP (from the command line, or from the
 * start screen on a plan file changed since it was listed) shows before its plan is checked, with every action held (the
 * dispatcher refuses them too) until {@link #start} has run the checks on a worker and they passed. A plan that fails
 * keeps its actions held and shows its problems; one the start screen checked on the same bytes starts passed.
 */
public final class PlanChecking {

    private final PlanCheck check;
    private final Background background;
    private final ReadOnlyObjectWrapper<PlanClearance.Standing> standing;
    private final BooleanBinding holdsActions;
    private boolean started;

    PlanChecking(PlanCheck check, Background background) {
        this.check = check;
        this.background = background;
        this.standing = new ReadOnlyObjectWrapper<>(check.standing());
        this.holdsActions = Bindings.createBooleanBinding(() -> standing.get().status() != PlanClearance.Status.PASSED, standing);
    }

    public ReadOnlyObjectProperty<PlanClearance.Standing> standingProperty() {
        return standing.getReadOnlyProperty();
    }

    /** True until the plan has passed its checks: every control that acts binds its disabling to it. */
    public BooleanBinding holdsActions() {
        return holdsActions;
    }

    /** Runs the checks on a worker, once (later calls do nothing); their outcome reaches {@link #standingProperty} on the FX thread. */
    public void start() {
        if (started || standing.get().status() != PlanClearance.Status.CHECKING) {
            return;
        }
        started = true;
        background.lane("plan-check").execute(() -> {
            PlanClearance.Standing outcome = check.run();
            background.fx().execute(() -> standing.set(outcome));
        });
    }
}
