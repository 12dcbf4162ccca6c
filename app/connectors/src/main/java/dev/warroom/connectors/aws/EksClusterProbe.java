package dev.warroom.connectors.aws;

import dev.warroom.core.plan.model.Resource;
import dev.warroom.core.world.Health;
import dev.warroom.core.world.Observation;
import dev.warroom.core.world.Probe;
import dev.warroom.core.world.ProbeException;
import dev.warroom.core.world.ReplicationRole;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.eks.EksClient;
import software.amazon.awssdk.services.eks.model.Cluster;
import software.amazon.awssdk.services.eks.model.Nodegroup;

/**
 * eks-cluster: DescribeCluster for the control plane, then its managed node groups (at most
 * {@value #NODEGROUPS_READ}). Attributes: state, version, nodegroups ("ng-general ACTIVE, 3 nodes"),
 * issues, name, context. A control plane that is not ACTIVE/UPDATING, a health issue or a node group
 * that is not ACTIVE makes the cluster DEGRADED; FAILED or DELETING, DOWN.
 */
final class EksClusterProbe implements Probe {

    private static final int NODEGROUPS_READ = 10;
    private static final Set<String> SERVING = Set.of("ACTIVE", "UPDATING");
    private static final Set<String> DOWN = Set.of("FAILED", "DELETING");

    private final AwsClients clients;
    private final Clock clock;

    EksClusterProbe(AwsClients clients, Clock clock) {
        this.clients = clients;
        this.clock = clock;
    }

    @Override
    public Observation observe(Resource resource) throws ProbeException {
        AwsScope scope = AwsScope.of(resource);
        String name = AwsScope.required(resource, "name");
        AwsCall call = clients.call("EKS", scope.region().id());
        EksClient eks = clients.eks(scope, AwsClients.Use.PROBE);
        Cluster cluster = call.ask(() -> eks.describeCluster(b -> b.name(name))).cluster();
        List<String> groupNames = call.ask(() -> eks.listNodegroups(b -> b.clusterName(name).maxResults(NODEGROUPS_READ))).nodegroups();
        List<Nodegroup> groups = new ArrayList<>();
        for (String group : groupNames) {
            groups.add(call.ask(() -> eks.describeNodegroup(b -> b.clusterName(name).nodegroupName(group))).nodegroup());
        }
        List<String> issues = new ArrayList<>();
        if (cluster.health() != null) {
            cluster.health().issues().forEach(i -> issues.add(i.codeAsString() + ": " + AwsWords.firstLine(i.message())));
        }
        groups.stream().filter(g -> g.health() != null).forEach(g -> g.health().issues()
                .forEach(i -> issues.add(g.nodegroupName() + " " + i.codeAsString() + ": " + AwsWords.firstLine(i.message()))));
        Map<String, String> words = new LinkedHashMap<>();
        words.put("region", scope.region().id());
        words.put("state", cluster.statusAsString());
        Optional.ofNullable(cluster.version()).ifPresent(v -> words.put("version", v));
        words.put("nodegroups", groups.isEmpty() ? "no managed node groups" : groups.stream().map(EksClusterProbe::groupWords)
                .collect(Collectors.joining("; ")));
        words.put("issues", issues.isEmpty() ? "none" : String.join("; ", issues));
        words.put("name", name);
        AwsScope.optional(resource, "context").ifPresent(c -> words.put("context", c));
        return new Observation(resource.id(), health(cluster, groups, issues), ReplicationRole.NONE, Optional.empty(), words,
                clock.instant());
    }

    private static Health health(Cluster cluster, List<Nodegroup> groups, List<String> issues) {
        String status = cluster.statusAsString() == null ? "" : cluster.statusAsString();
        if (DOWN.contains(status)) {
            return Health.DOWN;
        }
        boolean groupsActive = groups.stream().allMatch(g -> SERVING.contains(g.statusAsString()));
        return SERVING.contains(status) && groupsActive && issues.isEmpty() ? Health.UP : Health.DEGRADED;
    }

    private static String groupWords(Nodegroup group) {
        Integer desired = group.scalingConfig() == null ? null : group.scalingConfig().desiredSize();
        return group.nodegroupName() + " " + group.statusAsString()
                + (desired == null ? "" : ", " + desired + " node" + (desired == 1 ? "" : "s"));
    }
}
