package dev.warroom.connectors.aws;

import dev.warroom.core.plan.model.Resource;
import dev.warroom.core.world.Health;
import dev.warroom.core.world.Observation;
import dev.warroom.core.world.Probe;
import dev.warroom.core.world.ProbeException;
import dev.warroom.core.world.ReplicationRole;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.health.model.Event;
import software.amazon.awssdk.services.health.model.EventStatusCode;
import software.amazon.awssdk.services.health.model.EventTypeCategory;

/**
 * aws-health: open AWS Health events for one region (and the plan's {@code services}, e.g.
 * "EKS,RDS,ELASTICACHE"). An open issue makes it DOWN, an open investigation DEGRADED; scheduled
 * changes and notices are not alarms. Global services (Route 53, IAM, CloudFront) report in the
 * region "global", which is included when the plan lists one. The Health API answers in us-east-1
 * and needs a Business or Enterprise support plan. Attributes: events (in words, or none), openEvents.
 */
final class AwsHealthProbe implements Probe {

    private static final Set<String> GLOBAL_SERVICES = Set.of("ROUTE53", "IAM", "CLOUDFRONT", "ROUTE53_ARC");
    private static final int EVENTS_READ = 10;

    private final AwsClients clients;
    private final Clock clock;

    AwsHealthProbe(AwsClients clients, Clock clock) {
        this.clients = clients;
        this.clock = clock;
    }

    @Override
    public Observation observe(Resource resource) throws ProbeException {
        String region = AwsScope.required(resource, "region");
        List<String> services = AwsScope.optional(resource, "services")
                .map(s -> Arrays.stream(s.split("[,\\s]+")).filter(x -> !x.isBlank()).map(x -> x.toUpperCase(Locale.ROOT)).toList())
                .orElse(List.of());
        List<String> regions = new ArrayList<>(List.of(region));
        if (services.stream().anyMatch(GLOBAL_SERVICES::contains)) {
            regions.add("global");
        }
        AwsCall call = clients.call("AWS Health", "us-east-1");
        List<Event> events;
        try {
            events = call.ask(() -> clients.health(AwsScope.optional(resource, "profile"), AwsClients.Use.PROBE)
                    .describeEvents(b -> b.maxResults(EVENTS_READ).filter(f -> {
                        f.regions(regions).eventStatusCodes(EventStatusCode.OPEN)
                                .eventTypeCategories(EventTypeCategory.ISSUE, EventTypeCategory.INVESTIGATION);
                        if (!services.isEmpty()) {
                            f.services(services);
                        }
                    }))).events();
        } catch (ProbeException e) {
            if (e.getMessage().contains("SubscriptionRequiredException")) {
                throw new ProbeException(e.failure(), e.getMessage()
                        + " (the AWS Health API needs a Business, Enterprise On-Ramp or Enterprise support plan)", e);
            }
            throw e;
        }
        Map<String, String> words = new LinkedHashMap<>();
        words.put("region", region);
        words.put("events", events.isEmpty() ? "none" : events.stream().map(AwsHealthProbe::eventWords).collect(Collectors.joining("; ")));
        words.put("openEvents", Integer.toString(events.size()));
        services.stream().reduce((a, b) -> a + "," + b).ifPresent(s -> words.put("services", s));
        Health health = events.stream().anyMatch(e -> e.eventTypeCategory() == EventTypeCategory.ISSUE) ? Health.DOWN
                : events.isEmpty() ? Health.UP : Health.DEGRADED;
        return new Observation(resource.id(), health, ReplicationRole.NONE, Optional.empty(), words, clock.instant());
    }

    /** "RDS issue in us-east-1 since 2025-01-15T10:02:00Z (AWS_RDS_OPERATIONAL_ISSUE)". */
    private static String eventWords(Event e) {
        return e.service() + " " + e.eventTypeCategoryAsString() + " in " + e.region()
                + Optional.ofNullable(e.availabilityZone()).map(z -> " (" + z + ")").orElse("")
                + Optional.ofNullable(e.startTime()).map(t -> " since " + AwsWords.at(t)).orElse("")
                + " (" + e.eventTypeCode() + ")";
    }
}
