package dev.warroom.core.incident;

/** A commander action that does not fit where the incident stands (e.g. answering while a step runs). */
public final class IncidentStateException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public IncidentStateException(String message) {
        super(message);
    }
}
