package dev.warroom.connectors.lab;

/** The lab could not do what was asked; the message says why in words a person can act on. */
public final class LabException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public LabException(String message) {
        super(message);
    }

    public LabException(String message, Throwable cause) {
        super(message, cause);
    }
}
