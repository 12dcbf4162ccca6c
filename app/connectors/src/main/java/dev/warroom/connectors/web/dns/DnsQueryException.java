package dev.warroom.connectors.web.dns;

import dev.warroom.core.world.ProbeFailure;

/** A query that got no usable answer; {@code failure} says how it shows on the board. */
public final class DnsQueryException extends Exception {

    private static final long serialVersionUID = 1L;
    private final ProbeFailure failure;

    public DnsQueryException(ProbeFailure failure, String message) {
        super(message);
        this.failure = failure;
    }

    public ProbeFailure failure() {
        return failure;
    }
}
