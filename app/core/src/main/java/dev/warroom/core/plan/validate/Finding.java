package dev.warroom.core.plan.validate;

import dev.warroom.core.plan.load.Position;
import dev.warroom.core.plan.load.PositionIndex;

/**
 * A problem found in a plan, located by the JSON Pointer of the offending node
 * (e.g. {@code /procedures/0/steps/3/action/kind}); positions are attached later.
 *
 * @param onKey        point at the mapping key that names the node rather than at its value
 *                     (an unknown or misplaced property is its key)
 * @param firstPointer for a duplicate, where the first occurrence stands; its line is added to the message
 */
public record Finding(String pointer, Severity severity, String message, boolean onKey, String firstPointer) {

    public static Finding error(String pointer, String message) {
        return new Finding(pointer, Severity.ERROR, message, false, null);
    }

    public static Finding warning(String pointer, String message) {
        return new Finding(pointer, Severity.WARNING, message, false, null);
    }

    /** The same finding, pointing at the key that names the node. */
    public Finding atKey() {
        return new Finding(pointer, severity, message, true, firstPointer);
    }

    public Finding firstDefinedAt(String first) {
        return new Finding(pointer, severity, message, onKey, first);
    }

    /** The problem as the user sees it, with the position of the offending node in {@code file}. */
    public Problem locate(String file, PositionIndex positions) {
        Position at = onKey ? positions.keyAt(pointer) : positions.valueAt(pointer);
        String text = firstPointer == null ? message
                : message + " (first defined at line " + positions.valueAt(firstPointer).line() + ")";
        return new Problem(file, at.line(), at.column(), severity, text);
    }
}
