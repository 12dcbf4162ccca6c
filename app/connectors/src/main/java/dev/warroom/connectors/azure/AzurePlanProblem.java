package dev.warroom.connectors.azure;

/** The plan or the step asks for something the Azure connector cannot do as written; the message says what to fix. */
public final class AzurePlanProblem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AzurePlanProblem(String message) {
        super(message);
    }
}
