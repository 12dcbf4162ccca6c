package dev.warroom.importer.commands;

import java.util.Map;
import java.util.Optional;

/**
 * A command recognised as a native action.
 *
 * @param actionKind an {@code ActionKinds} kind
 * @param params the action's params taken from the command's arguments
 * @param target the resource the action acts on, when the arguments say enough to create it; else the step stays manual
 * @param destructive whether the action kind is destructive by the plan rule
 */
public record RecognizedCommand(String actionKind, Map<String, String> params, Optional<ProposedResource> target, boolean destructive) {

    public RecognizedCommand {
        params = Map.copyOf(params);
    }
}
