package dev.warroom.core.incident;

/** The dispatcher refused an action because the incident's mode does not allow what it would reach. */
public final class ReachRefusedException extends Exception {

    private static final long serialVersionUID = 1L;

    public ReachRefusedException(String message) {
        super(message);
    }
}
