package dev.warroom.core.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warroom.core.incident.IncidentRig;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the start screen shows a commander before they allow a plan's shell commands. */
class ShellCommandsTest {

    @Test
    void listsEveryStepAndRollbackThatRunsAShellCommandWithItsCommandInPlanOrder() {
        List<ShellCommands.Command> commands = ShellCommands.of(IncidentRig.plan());

        assertThat(commands).extracting(c -> c.step() + (c.rollback() ? " (rollback)" : "") + ": " + c.command()).containsExactly(
                "stop-all-services: kubectl --context {{primary-context}} scale deployment --all --replicas=0 -n ai-workflow-prod",
                "restart-services: kubectl --context {{primary-context}} scale deployment --all --replicas=3 -n ai-workflow-prod");
        assertThat(commands.get(0).stepTitle()).contains(" — ");
    }
}
