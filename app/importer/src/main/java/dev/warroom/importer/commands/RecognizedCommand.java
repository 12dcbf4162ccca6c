package dev.warroom.importer.commands;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A command recognised as a native action.
 *
 * @param actionKind an {@code ActionKinds} kind
 * @param params the action's params taken from the command's arguments; a value the document leaves open is
 *     written {@code {{id}}} and listed in {@code parameters}
 * @param target the resource the action acts on, when the arguments say enough to create it; else the step stays manual
 * @param destructive whether the action kind is destructive by the plan rule
 * @param parameters the procedure parameters the params use, which the importer declares on the step's procedure
 */
public record RecognizedCommand(String actionKind, Map<String, String> params, Optional<ProposedResource> target,
        boolean destructive, List<CommandParameter> parameters) {

    public RecognizedCommand {
        params = Map.copyOf(params);
        parameters = List.copyOf(parameters);
    }

    public RecognizedCommand(String actionKind, Map<String, String> params, Optional<ProposedResource> target, boolean destructive) {
        this(actionKind, params, target, destructive, List.of());
    }

    /** Whether the step can be an action step: the target is known. */
    public boolean actionable() {
        return target.isPresent();
    }
}
