package dev.warroom.core.sim;

import dev.warroom.core.plan.model.FaultKind;
import dev.warroom.core.plan.model.Resource;
import dev.warroom.core.time.IncidentClock;
import dev.warroom.core.world.Footprint;
import dev.warroom.core.world.Observation;
import dev.warroom.core.world.Probe;
import dev.warroom.core.world.ProbeException;
import dev.warroom.core.world.ProbeFailure;
import java.time.Instant;
import java.util.Optional;

/**
 * Reads a simulated resource as a real probe would: a dead region does not answer, expired
 * credentials and throttling come back as the provider's refusal, anything else is observed.
 * Thread-safe.
 */
final class SimProbe implements Probe {

    private final SimState state;
    private final Observations observations;
    private final IncidentClock clock;

    SimProbe(SimState state, Observations observations, IncidentClock clock) {
        this.state = state;
        this.observations = observations;
        this.clock = clock;
    }

    @Override
    public Observation observe(Resource resource) throws ProbeException {
        Instant now = clock.now();
        synchronized (state) {
            SimResource r = state.resource(resource.id()).orElseThrow(() -> new ProbeException(ProbeFailure.ERROR,
                    "resource '" + resource.id() + "' is not part of the simulated plan"));
            refuseIfFaulted(r, now);
            return observations.of(r, now);
        }
    }

    @Override
    public Footprint footprint(Resource resource) {
        return Footprint.none();
    }

    private void refuseIfFaulted(SimResource r, Instant now) throws ProbeException {
        // Health feeds are global services: they stay up and report the regional outage as an event.
        if (r.family != KindFamily.HEALTH_FEED && state.regionDown(r, now).isPresent()) {
            throw new ProbeException(ProbeFailure.UNREACHABLE, ProviderWords.unreachable(r));
        }
        Optional<ScheduledFault> expired = state.fault(FaultKind.CREDENTIALS_EXPIRED, r, now);
        if (expired.isPresent()) {
            throw new ProbeException(ProbeFailure.AUTH_FAILED, ProviderWords.authFailed(r, expired.get()));
        }
        Optional<ScheduledFault> throttled = state.fault(FaultKind.API_THROTTLED, r, now);
        if (throttled.isPresent()) {
            throw new ProbeException(ProbeFailure.THROTTLED, ProviderWords.throttled(r, throttled.get()));
        }
        if (KindFamily.isDirect(r.kind()) && state.fault(FaultKind.RESOURCE_DOWN, r, now).isPresent()) {
            throw new ProbeException(ProbeFailure.UNREACHABLE, ProviderWords.refused(r));
        }
    }
}
