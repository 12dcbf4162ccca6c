package dev.warroom.connectors.aws;

import dev.warroom.connectors.ActionKey;
import dev.warroom.connectors.Connector;
import dev.warroom.connectors.ConnectorSettings;
import dev.warroom.core.plan.model.Resource;
import dev.warroom.core.world.ActionExecutor;
import dev.warroom.core.world.Footprint;
import dev.warroom.core.world.Observation;
import dev.warroom.core.world.Probe;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The AWS family: probes for RDS, ElastiCache, EKS, Route 53 records and health checks, Route 53 ARC
 * routing controls and AWS Health; actions database.promote (RDS), cache.promote (ElastiCache),
 * dns.update (Route 53), routing-control.set (ARC) and sql.check (RDS for PostgreSQL, logging in to the instance). Nothing touches the network until a probe or an
 * action runs. Thread-safe.
 */
final class AwsConnector implements Connector {

    private static final ActionKey SQL_CHECK = ActionKey.of("sql.check", "aws-rds");

    private final AwsClients clients;
    private final RdsSqlCheck sqlCheck;
    private final Map<String, Probe> probes = new LinkedHashMap<>();
    private final Map<ActionKey, ActionExecutor> executors = new LinkedHashMap<>();

    /** A connector that finds no password variables (tests that never run sql.check). */
    AwsConnector(AwsSettings settings, Clock clock) {
        this(settings, ConnectorSettings.of(Map.of()), clock);
    }

    /** @param passwords where sql.check reads the password variables plans name */
    AwsConnector(AwsSettings settings, ConnectorSettings passwords, Clock clock) {
        this.clients = new AwsClients(settings);
        this.sqlCheck = new RdsSqlCheck(clients, passwords);
        Sightings<Observation> seen = new Sightings<>();
        Sightings<CacheTopology> topologies = new Sightings<>();
        Route53Records records = new Route53Records(clients);
        ArcCluster arc = new ArcCluster(clients);
        probes.put("aws-rds", remembered(new RdsProbe(clients, clock), seen));
        probes.put("aws-elasticache", remembered(new ElastiCacheProbe(clients, topologies, clock), seen));
        probes.put("eks-cluster", remembered(new EksClusterProbe(clients, clock), seen));
        probes.put("route53-record", remembered(new Route53RecordProbe(records, clock), seen));
        probes.put("route53-health-check", remembered(new Route53HealthCheckProbe(clients, clock), seen));
        probes.put("route53-arc-control", remembered(new ArcControlProbe(arc, clock), seen));
        probes.put("aws-health", remembered(new AwsHealthProbe(clients, clock), seen));
        executors.put(ActionKey.of("database.promote", "aws-rds"), new RdsPromote(clients, seen));
        executors.put(ActionKey.of("cache.promote", "aws-elasticache"), new ElastiCacheFailover(clients, topologies));
        executors.put(ActionKey.of("dns.update", "route53-record"), new Route53RecordUpdate(clients, records, seen));
        executors.put(ActionKey.of("routing-control.set", "route53-arc-control"), new ArcControlSet(clients, arc, seen));
        executors.put(SQL_CHECK, sqlCheck);
    }

    @Override
    public Footprint footprint(Resource resource) {
        return AwsFootprint.of(clients.settings(), resource);
    }

    /** sql.check connects to the instance itself, and to RDS when the plan leaves its endpoint or user out. */
    @Override
    public Footprint footprint(ActionKey action, Resource target) {
        return action.equals(SQL_CHECK) ? sqlCheck.footprintOf(target) : footprint(target);
    }

    @Override
    public String name() {
        return "aws";
    }

    /** The credentials in words, without calling AWS (no STS). */
    @Override
    public String identity() {
        String problems = clients.settings().problems().isEmpty() ? "" : " (" + String.join("; ", clients.settings().problems()) + ")";
        return clients.identity() + problems;
    }

    @Override
    public Map<String, Probe> probes() {
        return Map.copyOf(probes);
    }

    @Override
    public Map<ActionKey, ActionExecutor> executors() {
        return Map.copyOf(executors);
    }

    @Override
    public Map<ActionKey, Set<String>> paramsRead() {
        return Map.of(ActionKey.of("database.promote", "aws-rds"), Set.of(),
                ActionKey.of("cache.promote", "aws-elasticache"), Set.of(),
                ActionKey.of("dns.update", "route53-record"), Set.of("value", "type", "ttl"),
                ActionKey.of("routing-control.set", "route53-arc-control"), Set.of("state"),
                SQL_CHECK, Set.of("query", "expect", "database"));
    }

    @Override
    public void close() {
        clients.close();
    }

    /** Keeps each observation so previews can describe the change against what was last seen. */
    private static Probe remembered(Probe probe, Sightings<Observation> seen) {
        return (Resource resource) -> {
            Observation o = probe.observe(resource);
            seen.put(resource.id(), o, o.observedAt());
            return o;
        };
    }
}
