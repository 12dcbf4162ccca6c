package dev.warroom.core.plan.validate;

import dev.warroom.core.plan.load.DidYouMean;
import dev.warroom.core.text.SafeText;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The ids of one kind of plan element (nodes, roles ...) and where each first stands. Not thread-safe:
 * it counts the hints it has given, so that a hostile plan with thousands of unknown references
 * cannot make "did you mean" quadratic.
 */
final class Namespace {

    private static final int MAX_HINTS = 100;

    private final String noun;
    private final Map<String, String> pointers;
    private int hintsGiven;

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
        String hint = hintsGiven < MAX_HINTS ? DidYouMean.hint(id, ids()) : "";
        hintsGiven++;
        return "unknown " + noun + " '" + SafeText.forId(id) + "'" + hint;
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
