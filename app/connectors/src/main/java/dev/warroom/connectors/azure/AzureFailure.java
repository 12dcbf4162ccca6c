package dev.warroom.connectors.azure;

import dev.warroom.core.world.ProbeException;
import dev.warroom.core.world.ProbeFailure;

/** How an Azure call failed and what Azure (or the network) said, in words a commander can act on. */
public record AzureFailure(ProbeFailure failure, String words) {

    public ProbeException asProbeException(Throwable cause) {
        return new ProbeException(failure, words, cause);
    }
}
