package dev.warroom.core.incident;

/** Receives "what we are waiting for, and for how long" while a step runs. Called on the engine's thread. */
@FunctionalInterface
public interface Progress {

    void waiting(String stepId, String words);

    Progress NONE = (step, words) -> { };
}
