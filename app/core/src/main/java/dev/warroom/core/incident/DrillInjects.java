package dev.warroom.core.incident;

import com.fasterxml.jackson.databind.JsonNode;
import dev.warroom.core.plan.model.Fault;
import dev.warroom.core.plan.model.Plan;
import dev.warroom.core.time.IncidentClock;
import dev.warroom.core.world.FaultInjector;
import dev.warroom.core.world.Injection;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * A DRILL's scenario faults, brought about at their times through the world's injector, each
 * outcome recorded: done in the drill environment, or left to the facilitator with what to do. Faults
 * already due are injected before the incident is handed over; later ones on a timer of their own. A
 * resumed DRILL picks up the faults its journal does not record yet.
 */
final class DrillInjects implements AutoCloseable {

    private final Incident incident;
    private final Plan plan;
    private final Optional<FaultInjector> injector;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "warroom-drill-injects");
        t.setDaemon(true);
        return t;
    });

    private DrillInjects(Incident incident, Plan plan, Optional<FaultInjector> injector) {
        this.incident = incident;
        this.plan = plan;
        this.injector = injector;
    }

    static DrillInjects start(Incident incident, Plan plan, List<Fault> faults, Optional<FaultInjector> injector, Instant impact,
            IncidentClock clock) throws IOException {
        DrillInjects injects = new DrillInjects(incident, plan, injector);
        for (Fault fault : faults) {
            Duration wait = Duration.between(clock.now(), impact.plus(fault.at() == null ? Duration.ZERO : fault.at()));
            if (wait.isNegative() || wait.isZero()) {
                injects.inject(fault);
            } else {
                injects.timer.schedule(() -> {
                    try {
                        injects.inject(fault);
                    } catch (IOException e) {
                        // a timer's exception would vanish into its future: say it where the commander's console logs
                        System.err.println("warroom: the drill inject " + fault.fault() + " on " + fault.target()
                                + " could not be journalled: " + e.getMessage());
                    }
                }, wait.toMillis(), TimeUnit.MILLISECONDS);
            }
        }
        return injects;
    }

    /** The scenario's faults the journal does not record as injected yet: what a resumed DRILL still owes. */
    static List<Fault> notYetInjected(List<Fault> faults, List<IncidentEvent> events) {
        Set<String> recorded = events.stream().filter(e -> EventTypes.FAULT_INJECTED.equals(e.type())).map(e -> key(e.data()))
                .collect(Collectors.toSet());
        return faults.stream().filter(f -> !recorded.contains(key(Incident.faultData(f)))).toList();
    }

    private static String key(JsonNode fault) {
        return fault.path("fault").asText() + "|" + fault.path("target").asText() + "|" + fault.path("at").asText();
    }

    private void inject(Fault fault) throws IOException {
        Injection injection;
        try {
            injection = injector.isPresent() ? injector.get().inject(fault, plan)
                    : Injection.byHand("no connector here can bring this fault about; inject it by hand");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            injection = Injection.byHand("interrupted before it was brought about; inject it by hand");
        } catch (RuntimeException e) {
            injection = Injection.byHand("could not bring it about (" + e.getMessage() + "); inject it by hand");
        }
        incident.recordDrillInject(fault, injection);
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
