package dev.warroom.connectors;

/**
 * Which executor performs an action: the action kind and the kind of resource it targets
 * ({@link #ANY_TARGET} for actions aimed at a channel or at nothing, e.g. notify.chat, shell.run, wait).
 */
public record ActionKey(String actionKind, String resourceKind) {

    public static final String ANY_TARGET = "*";

    public static ActionKey of(String actionKind, String resourceKind) {
        return new ActionKey(actionKind, resourceKind);
    }

    public static ActionKey untargeted(String actionKind) {
        return new ActionKey(actionKind, ANY_TARGET);
    }
}
