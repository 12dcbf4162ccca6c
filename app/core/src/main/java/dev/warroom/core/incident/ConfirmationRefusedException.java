package dev.warroom.core.incident;

/** A confirmation was not accepted (wrong typed name, nothing to confirm); nothing was recorded or run. */
public final class ConfirmationRefusedException extends Exception {

    private static final long serialVersionUID = 1L;

    public ConfirmationRefusedException(String message) {
        super(message);
    }
}
