package dev.warroom.core.plan.load;

import java.util.HashMap;
import java.util.Map;

/** Positions recorded while converting the YAML node graph, keyed by JSON Pointer. */
final class MapPositionIndex implements PositionIndex {

    private final Map<String, Position> values = new HashMap<>();
    private final Map<String, Position> keys = new HashMap<>();

    void putValue(String pointer, Position position) {
        values.putIfAbsent(pointer, position);
    }

    void putKey(String pointer, Position position) {
        keys.putIfAbsent(pointer, position);
    }

    @Override
    public Position valueAt(String pointer) {
        for (String p = pointer; ; p = parent(p)) {
            Position found = values.get(p);
            if (found != null) {
                return found;
            }
            if (p.isEmpty()) {
                return Position.START;
            }
        }
    }

    @Override
    public Position keyAt(String pointer) {
        Position key = keys.get(pointer);
        return key != null ? key : valueAt(pointer);
    }

    private static String parent(String pointer) {
        int slash = pointer.lastIndexOf('/');
        return slash <= 0 ? "" : pointer.substring(0, slash);
    }
}
