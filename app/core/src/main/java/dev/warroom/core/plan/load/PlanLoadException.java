package dev.warroom.core.plan.load;

/** A plan file could not be read or parsed; carries the position the message is about. */
final class PlanLoadException extends Exception {

    private static final long serialVersionUID = 1L;
    private final transient Position position;

    PlanLoadException(Position position, String message) {
        super(message, null, false, false);
        this.position = position;
    }

    Position position() {
        return position;
    }
}
