package dev.warroom.importer.commands;

import dev.warroom.core.plan.catalog.ActionKind;
import dev.warroom.core.plan.catalog.ActionKinds;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Collects an action's params and target as a command gives them, turning placeholder values into parameters. */
final class ActionDraft {

    private final String kind;
    private final Map<String, String> params = new LinkedHashMap<>();
    private final List<CommandParameter> parameters = new ArrayList<>();
    private Optional<ProposedResource> target = Optional.empty();

    private ActionDraft(String kind) {
        this.kind = kind;
    }

    static ActionDraft of(String kind) {
        return new ActionDraft(kind);
    }

    ActionDraft param(String key, Optional<String> value) {
        value.ifPresent(v -> param(key, v));
        return this;
    }

    ActionDraft param(String key, String value) {
        if (value == null) {
            return this;
        }
        if (Placeholder.in(value)) {
            String id = Placeholder.parameterId(value, target.map(t -> t.name() + "-" + key).orElse(key));
            params.put(key, "{{" + id + "}}");
            if (parameters.stream().noneMatch(p -> p.id().equals(id))) {
                parameters.add(new CommandParameter(id, value));
            }
        } else {
            params.put(key, value);
        }
        return this;
    }

    ActionDraft target(Optional<ProposedResource> resource) {
        target = resource;
        return this;
    }

    Optional<RecognizedCommand> done() {
        boolean destructive = ActionKinds.find(kind).map(ActionKind::inherentlyDestructive).orElse(false);
        return Optional.of(new RecognizedCommand(kind, params, target, destructive, parameters));
    }
}
