package dev.warroom.core.world;

/** A probe failed; {@code failure} says how, the message says what in words. */
public final class ProbeException extends Exception {

    private static final long serialVersionUID = 1L;
    private final ProbeFailure failure;

    public ProbeException(ProbeFailure failure, String message) {
        super(message);
        this.failure = failure;
    }

    public ProbeException(ProbeFailure failure, String message, Throwable cause) {
        super(message, cause);
        this.failure = failure;
    }

    public ProbeFailure failure() {
        return failure;
    }
}
