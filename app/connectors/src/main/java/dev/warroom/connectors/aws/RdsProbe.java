package dev.warroom.connectors.aws;

import dev.warroom.core.plan.model.Resource;
import dev.warroom.core.world.Health;
import dev.warroom.core.world.Observation;
import dev.warroom.core.world.Probe;
import dev.warroom.core.world.ProbeException;
import dev.warroom.core.world.ProbeFailure;
import dev.warroom.core.world.ReplicationRole;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.rds.model.DBInstance;
import software.amazon.awssdk.services.rds.model.DBInstanceStatusInfo;

/**
 * aws-rds: DescribeDBInstances for status and role (a ReadReplicaSourceDBInstanceIdentifier makes it a
 * replica), and for replicas the ReplicaLag metric from CloudWatch. Attributes: state, role, replicaOf,
 * readReplicas, link, lag, engine, class, zone, multiAz.
 */
final class RdsProbe implements Probe {

    private final AwsClients clients;
    private final ReplicaLag replicaLag;
    private final Clock clock;

    RdsProbe(AwsClients clients, Clock clock) {
        this.clients = clients;
        this.replicaLag = new ReplicaLag(clients, clock);
        this.clock = clock;
    }

    @Override
    public Observation observe(Resource resource) throws ProbeException {
        AwsScope scope = AwsScope.of(resource);
        String instance = AwsScope.required(resource, "instance");
        DBInstance db = describe(clients, scope, instance, AwsClients.Use.PROBE);
        Map<String, String> words = new LinkedHashMap<>();
        words.put("region", scope.region().id());
        words.put("state", db.dbInstanceStatus());
        Optional<String> source = Optional.ofNullable(db.readReplicaSourceDBInstanceIdentifier()).filter(s -> !s.isBlank());
        ReplicationRole role = source.isPresent() ? ReplicationRole.REPLICA : ReplicationRole.PRIMARY;
        words.put("role", AwsWords.lower(role.name()));
        source.ifPresent(s -> words.put("replicaOf", shortName(s)));
        if (db.hasReadReplicaDBInstanceIdentifiers() && !db.readReplicaDBInstanceIdentifiers().isEmpty()) {
            words.put("readReplicas", String.join(", ", db.readReplicaDBInstanceIdentifiers().stream().map(RdsProbe::shortName).toList()));
        }
        Health health = RdsHealth.of(db.dbInstanceStatus());
        Optional<DBInstanceStatusInfo> link = db.statusInfos().stream()
                .filter(i -> "read replication".equalsIgnoreCase(i.statusType())).findFirst();
        if (link.isPresent()) {
            words.put("link", link.get().status() + (link.get().message() == null ? "" : " (" + AwsWords.firstLine(link.get().message()) + ")"));
            if (Boolean.FALSE.equals(link.get().normal()) && health == Health.UP) {
                health = Health.DEGRADED;
            }
        }
        Optional<Duration> lag = Optional.empty();
        if (role == ReplicationRole.REPLICA) {
            ReplicaLag.Reading reading = replicaLag.read(scope, instance);
            lag = reading.lag();
            words.put("lag", reading.words());
        }
        words.put("engine", (db.engine() + " " + Optional.ofNullable(db.engineVersion()).orElse("")).strip());
        Optional.ofNullable(db.dbInstanceClass()).ifPresent(c -> words.put("class", c));
        Optional.ofNullable(db.availabilityZone()).ifPresent(z -> words.put("zone",
                z + Optional.ofNullable(db.secondaryAvailabilityZone()).map(s -> " (standby " + s + ")").orElse("")));
        Optional.ofNullable(db.multiAZ()).ifPresent(m -> words.put("multiAz", m ? "yes" : "no"));
        AwsScope.optional(resource, "profile").ifPresent(p -> words.put("profile", p));
        return new Observation(resource.id(), health, role, lag, words, clock.instant());
    }

    static DBInstance describe(AwsClients clients, AwsScope scope, String instance, AwsClients.Use use) throws ProbeException {
        AwsCall call = clients.call("RDS", scope.region().id());
        return call.ask(() -> clients.rds(scope, use).describeDBInstances(b -> b.dbInstanceIdentifier(instance)))
                .dbInstances().stream().findFirst()
                .orElseThrow(() -> new ProbeException(ProbeFailure.ERROR, call.where() + ": DescribeDBInstances returned no instance "
                        + instance));
    }

    /** A cross-region source is given as an ARN; its last segment is the instance name. */
    static String shortName(String idOrArn) {
        int colon = idOrArn.lastIndexOf(':');
        return idOrArn.startsWith("arn:") && colon >= 0 ? idOrArn.substring(colon + 1) : idOrArn;
    }
}
