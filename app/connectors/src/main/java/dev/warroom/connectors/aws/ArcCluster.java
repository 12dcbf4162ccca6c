package dev.warroom.connectors.aws;

import dev.warroom.connectors.Reaches;
import dev.warroom.core.plan.model.Resource;
import dev.warroom.core.world.ProbeException;
import dev.warroom.core.world.ProbeFailure;
import dev.warroom.core.world.Reach;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.route53recoverycluster.Route53RecoveryClusterClient;

/**
 * A Route 53 ARC cluster, reached through the regional endpoints the plan lists in
 * {@code observe.clusterEndpoints} (comma-separated). They are tried in the listed order, moving on
 * when one does not answer, as AWS advises; a refusal (credentials, throttling, a safety rule) is final.
 * Each endpoint is signed for the region named in its host. {@code WARROOM_AWS_ENDPOINT}, when set,
 * replaces them all.
 */
final class ArcCluster {

    record Endpoint(URI uri, Region region) {
    }

    record Answer<T>(T value, Endpoint endpoint) {
    }

    private static final Pattern REGION_IN_HOST = Pattern.compile("\\.([a-z]{2}(?:-[a-z]+)+-\\d+)\\.");

    private final AwsClients clients;

    ArcCluster(AwsClients clients) {
        this.clients = clients;
    }

    List<Endpoint> endpoints(Resource control) throws ProbeException {
        Region fallback = AwsScope.optional(control, "region").map(Region::of).orElse(Region.US_EAST_1);
        if (clients.settings().endpoint().isPresent()) {
            return List.of(new Endpoint(clients.settings().endpoint().get(), fallback));
        }
        String listed = AwsScope.optional(control, "clusterEndpoints").orElseThrow(() -> new ProbeException(ProbeFailure.ERROR,
                "route53-arc-control resource '" + control.id() + "' needs observe.clusterEndpoints: the cluster's regional "
                        + "endpoints, comma-separated (aws route53-recovery-control-config describe-cluster)"));
        List<Endpoint> out = new ArrayList<>();
        for (String text : listed.split("[,\\s]+")) {
            if (text.isBlank()) {
                continue;
            }
            URI uri;
            try {
                uri = URI.create(text.strip());
            } catch (IllegalArgumentException e) {
                throw new ProbeException(ProbeFailure.ERROR, "cluster endpoint '" + text + "' of '" + control.id() + "' is not a URL");
            }
            if (uri.getHost() == null || uri.getScheme() == null) {
                throw new ProbeException(ProbeFailure.ERROR, "cluster endpoint '" + text + "' of '" + control.id()
                        + "' is not a URL such as https://host-aaaaaa.us-west-2.example.aws/v1");
            }
            Matcher m = REGION_IN_HOST.matcher("." + uri.getHost() + ".");
            out.add(new Endpoint(uri, m.find() ? Region.of(m.group(1)) : fallback));
        }
        return out;
    }

    /** Loopback endpoints only → a drill environment; any other → live. */
    static Reach reach(List<Endpoint> endpoints) {
        boolean local = !endpoints.isEmpty()
                && endpoints.stream().allMatch(e -> Reaches.forUrl(e.uri().toString()) == Reach.DRILL_ENVIRONMENT);
        return local ? Reach.DRILL_ENVIRONMENT : Reach.LIVE;
    }

    <T> Answer<T> ask(Resource control, AwsClients.Use use, Function<Route53RecoveryClusterClient, T> request) throws ProbeException {
        Optional<String> profile = AwsScope.optional(control, "profile");
        List<String> silent = new ArrayList<>();
        ProbeFailure lastFailure = ProbeFailure.UNREACHABLE;
        for (Endpoint endpoint : endpoints(control)) {
            AwsCall call = new AwsCall("Route 53 ARC " + endpoint.region().id(), Optional.of(endpoint.uri()), clients.settings().callTimeout());
            try {
                Route53RecoveryClusterClient client = clients.arcCluster(endpoint.uri(), endpoint.region(), profile, use);
                return new Answer<>(call.ask(() -> request.apply(client)), endpoint);
            } catch (ProbeException e) {
                if (e.failure() != ProbeFailure.UNREACHABLE && e.failure() != ProbeFailure.TIMEOUT) {
                    throw e;
                }
                lastFailure = e.failure();
                silent.add(e.getMessage());
            }
        }
        throw new ProbeException(lastFailure, "no cluster endpoint answered: " + String.join("; ", silent));
    }
}
