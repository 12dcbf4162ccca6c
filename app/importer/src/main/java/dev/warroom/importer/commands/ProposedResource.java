package dev.warroom.importer.commands;

import java.util.List;
import java.util.Map;

/**
 * A resource a command's arguments describe ({@code --resource-group X --name Y} gives an {@code azure-postgres-flexible}
 * named Y in X). Two commands naming the same resource give equal records, so the draft creates it once.
 *
 * @param id a kebab-case id derived from the name
 * @param kind a {@code ResourceKinds} kind
 * @param observe the kind's observe keys, as the command gave them
 */
public record ProposedResource(String id, String kind, Map<String, String> observe) {

    private static final List<String> NAME_KEYS = List.of("name", "instance", "replicationGroup", "url", "database", "context", "host");

    public ProposedResource {
        observe = Map.copyOf(observe);
    }

    /** The resource's name as the document wrote it (its {@code name}, instance, URL…), for a title. */
    public String name() {
        return NAME_KEYS.stream().filter(observe::containsKey).map(observe::get).findFirst().orElse(id);
    }
}
