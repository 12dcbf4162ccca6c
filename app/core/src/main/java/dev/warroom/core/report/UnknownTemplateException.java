package dev.warroom.core.report;

import java.util.List;

/** A template name that is neither built in nor one of the plan's own; its message lists the choices, in words. */
public final class UnknownTemplateException extends IllegalArgumentException {

    private final List<String> choices;

    UnknownTemplateException(String message, List<String> choices) {
        super(message);
        this.choices = List.copyOf(choices);
    }

    /** The names that would have been accepted: the built-in ones first, then the plan's own. */
    public List<String> choices() {
        return choices;
    }
}
