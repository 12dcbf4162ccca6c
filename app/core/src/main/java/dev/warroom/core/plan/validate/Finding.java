package dev.warroom.core.plan.validate;

/**
 * A problem found in a plan, located by the JSON Pointer of the offending node
 * (e.g. {@code /procedures/0/steps/3/action/kind}); positions are attached later.
 */
public record Finding(String pointer, Severity severity, String message) {

    public static Finding error(String pointer, String message) {
        return new Finding(pointer, Severity.ERROR, message);
    }

    public static Finding warning(String pointer, String message) {
        return new Finding(pointer, Severity.WARNING, message);
    }
}
