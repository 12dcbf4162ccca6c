package dev.warroom.connectors.aws;

import dev.warroom.core.plan.model.Resource;
import dev.warroom.core.world.Health;
import dev.warroom.core.world.Observation;
import dev.warroom.core.world.Probe;
import dev.warroom.core.world.ProbeException;
import dev.warroom.core.world.ReplicationRole;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.route53recoverycluster.model.GetRoutingControlStateResponse;

/** route53-arc-control: GetRoutingControlState through the cluster endpoints. Attributes: state (On/Off), name, endpoint. */
final class ArcControlProbe implements Probe {

    private final ArcCluster cluster;
    private final Clock clock;

    ArcControlProbe(ArcCluster cluster, Clock clock) {
        this.cluster = cluster;
        this.clock = clock;
    }

    @Override
    public Observation observe(Resource resource) throws ProbeException {
        String arn = AwsScope.required(resource, "routingControlArn");
        ArcCluster.Answer<GetRoutingControlStateResponse> answer = cluster.ask(resource, AwsClients.Use.PROBE,
                client -> client.getRoutingControlState(b -> b.routingControlArn(arn)));
        Map<String, String> words = new LinkedHashMap<>();
        words.put("state", answer.value().routingControlStateAsString());
        Optional.ofNullable(answer.value().routingControlName()).ifPresent(n -> words.put("name", n));
        words.put("endpoint", answer.endpoint().uri().toString());
        return new Observation(resource.id(), Health.UP, ReplicationRole.NONE, Optional.empty(), words, clock.instant());
    }
}
