package dev.warroom.core.plan.load;

/**
 * One way a plan tree breaks the JSON Schema, put into words and pointed at the offending node.
 *
 * @param onKey point at the mapping key that names the node rather than at its value (an unknown property is its key)
 */
record SchemaViolation(String pointer, String message, boolean onKey) {

    static SchemaViolation at(String pointer, String message) {
        return new SchemaViolation(pointer, message, false);
    }

    SchemaViolation atKey() {
        return new SchemaViolation(pointer, message, true);
    }

    LoadProblem locate(String file, PositionIndex positions) {
        return LoadProblem.at(file, onKey ? positions.keyAt(pointer) : positions.valueAt(pointer), message);
    }
}
