package dev.warroom.importer.commands;

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

    public ProposedResource {
        observe = Map.copyOf(observe);
    }
}
