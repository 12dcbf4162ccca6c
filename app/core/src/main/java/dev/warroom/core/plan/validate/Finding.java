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
 * @param blocksLive   what it says cannot work on the real connectors, so a DRILL or LIVE of the plan does not open
 */
public record Finding(String pointer, Severity severity, String message, boolean onKey, String firstPointer, boolean blocksLive) {

    /** What every live blocker's message ends with, so the line a user reads says what it stops. */
    public static final String BLOCKS_LIVE = " (blocks DRILL and LIVE)";

    public Finding(String pointer, Severity severity, String message, boolean onKey, String firstPointer) {
        this(pointer, severity, message, onKey, firstPointer, false);
    }

    public static Finding error(String pointer, String message) {
        return new Finding(pointer, Severity.ERROR, message, false, null);
    }

    public static Finding warning(String pointer, String message) {
        return new Finding(pointer, Severity.WARNING, message, false, null);
    }

    /**
     * A warning about what cannot work on the real connectors: {@code warroom validate} still passes (TABLETOP
     * simulates it), but opening the plan in DRILL or LIVE is refused while it stands.
     */
    public static Finding liveBlocker(String pointer, String message) {
        return new Finding(pointer, Severity.WARNING, message + BLOCKS_LIVE, false, null, true);
    }

    /** The same finding, pointing at the key that names the node. */
    public Finding atKey() {
        return new Finding(pointer, severity, message, true, firstPointer, blocksLive);
    }

    public Finding firstDefinedAt(String first) {
        return new Finding(pointer, severity, message, onKey, first, blocksLive);
    }

    /** The problem as the user sees it, with the position of the offending node in {@code file}. */
    public Problem locate(String file, PositionIndex positions) {
        Position at = onKey ? positions.keyAt(pointer) : positions.valueAt(pointer);
        String text = firstPointer == null ? message
                : message + " (first defined at line " + positions.valueAt(firstPointer).line() + ")";
        return new Problem(file, at.line(), at.column(), severity, text, blocksLive);
    }
}
