package dev.warroom.cli;

import dev.warroom.core.drill.InjectState;
import dev.warroom.service.IncidentHandle;
import java.io.PrintWriter;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The team acknowledges each fired message inject. At the terminal a person is asked (Enter acknowledges
 * as the commander, or type who did); with --auto or an --answers file the commander acknowledges it at once.
 * Either way the acknowledgement is journalled, with who and when.
 */
final class InjectAcknowledgements {

    private final IncidentHandle handle;
    private final Optional<TerminalPrompt> person;
    private final String actor;
    private final PrintWriter err;
    private final Set<String> asked = new HashSet<>();

    /** {@code person} empty: acknowledged by {@code actor} without asking. */
    InjectAcknowledgements(IncidentHandle handle, Optional<TerminalPrompt> person, String actor, PrintWriter err) {
        this.handle = handle;
        this.person = person;
        this.actor = actor;
        this.err = err;
    }

    /** Acknowledges every fired message inject the team has not acknowledged yet. */
    void acknowledgePending() {
        List<InjectState> waiting = handle.state().drill().map(d -> d.injects().stream().filter(InjectState::awaitsAcknowledgement)
                .filter(i -> !asked.contains(i.id())).toList()).orElse(List.of());
        for (InjectState inject : waiting) {
            asked.add(inject.id());
            String by = person.map(p -> p.ask("Acknowledge inject " + inject.id() + ": Enter as " + actor + ", or type who acknowledges: "))
                    .filter(typed -> !typed.isBlank()).orElse(actor);
            DrillCommands.done(handle.commands().as(by).acknowledgeInject(inject.id()), "acknowledge inject " + inject.id(), err);
        }
    }
}
