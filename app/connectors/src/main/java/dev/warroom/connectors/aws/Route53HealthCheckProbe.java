package dev.warroom.connectors.aws;

import dev.warroom.core.plan.model.Resource;
import dev.warroom.core.world.Health;
import dev.warroom.core.world.Observation;
import dev.warroom.core.world.Probe;
import dev.warroom.core.world.ProbeException;
import dev.warroom.core.world.ReplicationRole;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.route53.model.HealthCheckObservation;

/**
 * route53-health-check: GetHealthCheckStatus, one report per Route 53 checker. Route 53 judges an
 * endpoint healthy when more than 18% of its checkers report success, and so does this probe (a few
 * failing checker regions are listed, not alarmed on). Attributes: status (Healthy or Unhealthy),
 * checkers ("14/16 healthy"), events (the failing checkers in their own words, or none).
 */
final class Route53HealthCheckProbe implements Probe {

    private static final int HEALTHY_PERCENT = 18;
    private static final int FAILURES_SHOWN = 3;

    private final AwsClients clients;
    private final Clock clock;

    Route53HealthCheckProbe(AwsClients clients, Clock clock) {
        this.clients = clients;
        this.clock = clock;
    }

    @Override
    public Observation observe(Resource resource) throws ProbeException {
        String id = AwsScope.required(resource, "healthCheckId");
        Optional<String> profile = AwsScope.optional(resource, "profile");
        List<HealthCheckObservation> reports = clients.call("Route 53", "(global)")
                .ask(() -> clients.route53(profile, AwsClients.Use.PROBE).getHealthCheckStatus(b -> b.healthCheckId(id)))
                .healthCheckObservations();
        List<HealthCheckObservation> failing = reports.stream().filter(r -> !succeeded(r)).toList();
        int total = reports.size();
        int healthy = total - failing.size();
        boolean judgedHealthy = total > 0 && healthy * 100 > HEALTHY_PERCENT * total;
        Map<String, String> words = new LinkedHashMap<>();
        words.put("status", total == 0 ? "Unknown" : judgedHealthy ? "Healthy" : "Unhealthy");
        words.put("checkers", healthy + "/" + total + " healthy");
        words.put("events", failing.isEmpty() ? "none" : failing.stream().limit(FAILURES_SHOWN)
                .map(r -> r.regionAsString() + ": " + AwsWords.firstLine(r.statusReport() == null ? null : r.statusReport().status()))
                .collect(Collectors.joining("; ")) + (failing.size() > FAILURES_SHOWN ? "; and " + (failing.size() - FAILURES_SHOWN) + " more" : ""));
        words.put("healthCheckId", id);
        Health health = total == 0 ? Health.UNKNOWN : judgedHealthy ? Health.UP : Health.DOWN;
        return new Observation(resource.id(), health, ReplicationRole.NONE, Optional.empty(), words, clock.instant());
    }

    private static boolean succeeded(HealthCheckObservation report) {
        return report.statusReport() != null && report.statusReport().status() != null
                && report.statusReport().status().startsWith("Success");
    }
}
