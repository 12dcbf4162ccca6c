package dev.warroom.core.plan.validate;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** The ids of one kind of plan element (nodes, roles ...) and where each first stands. Immutable. */
final class Namespace {

    private final String noun;
    private final Map<String, String> pointers;

    private Namespace(String noun, Map<String, String> pointers) {
        this.noun = noun;
        this.pointers = Collections.unmodifiableMap(pointers);
    }

    static Builder named(String noun) {
        return new Builder(noun);
    }

    boolean contains(String id) {
        return id != null && pointers.containsKey(id);
    }

    Set<String> ids() {
        return pointers.keySet();
    }

    /** {@code unknown node 'x' (did you mean 'y'?)}. */
    String unknown(String id) {
        return "unknown " + noun + " '" + id + "'" + DidYouMean.hint(id, ids());
    }

    static final class Builder {
        private final String noun;
        private final Map<String, String> pointers = new LinkedHashMap<>();

        private Builder(String noun) {
            this.noun = noun;
        }

        Builder add(String id, String pointer) {
            if (id != null) {
                pointers.putIfAbsent(id, pointer);
            }
            return this;
        }

        Namespace build() {
            return new Namespace(noun, pointers);
        }
    }
}
