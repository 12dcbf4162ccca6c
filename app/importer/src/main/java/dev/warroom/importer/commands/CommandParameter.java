package dev.warroom.importer.commands;

/**
 * A value a recognised command leaves open ({@code $TARGET_IP}, {@code <snapshot-id>}, {@code $(kubectl get svc …)}),
 * written into the action's params as {@code {{id}}}. The importer declares it as a parameter of the step's
 * procedure ({@code from: ask}), so the value is asked when the procedure runs.
 *
 * @param id the parameter id, kebab-case, taken from the variable's name where it has one
 * @param asWritten the placeholder as the document wrote it, for the parameter's description
 */
public record CommandParameter(String id, String asWritten) {
}
