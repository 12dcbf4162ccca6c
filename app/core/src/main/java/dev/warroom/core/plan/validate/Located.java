package dev.warroom.core.plan.validate;

import dev.warroom.core.plan.load.JsonPointers;

/** A plan element and the JSON Pointer where it stands. */
record Located<T>(T value, String pointer) {

    /** The pointer of a property below this element: {@code at("action", "kind")}. */
    String at(String... properties) {
        String child = pointer;
        for (String property : properties) {
            child = JsonPointers.child(child, property);
        }
        return child;
    }

    /** The pointer of item {@code index} of the list property {@code property}. */
    String at(String property, int index) {
        return JsonPointers.child(JsonPointers.child(pointer, property), index);
    }
}
