package dev.warroom.connectors.aws;

import dev.warroom.core.plan.model.Resource;
import dev.warroom.core.time.DurationText;
import dev.warroom.core.world.ActionRequest;
import dev.warroom.core.world.ActionResult;
import dev.warroom.core.world.Observation;
import dev.warroom.core.world.ProbeException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.rds.RdsClient;
import software.amazon.awssdk.services.rds.model.DBInstance;
import software.amazon.awssdk.services.rds.model.DescribeDbInstancesRequest;
import software.amazon.awssdk.services.rds.model.DescribeDbInstancesResponse;
import software.amazon.awssdk.services.rds.model.PromoteReadReplicaResponse;
import software.amazon.awssdk.services.rds.waiters.RdsWaiter;

/**
 * database.promote on aws-rds: PromoteReadReplica, then the DBInstanceAvailable waiter until the
 * instance is available and no longer names a replication source, within the step's timeout.
 */
final class RdsPromote extends AwsAction {

    private final Sightings<Observation> seen;

    RdsPromote(AwsClients clients, Sightings<Observation> seen) {
        super(clients, "database.promote");
        this.seen = seen;
    }

    @Override
    protected Draft draft(ActionRequest request) throws ProbeException {
        Resource db = target(request);
        AwsScope scope = AwsScope.of(db);
        String instance = AwsScope.required(db, "instance");
        Optional<Observation> last = seen.get(db.id()).map(Sightings.Seen::value);
        String source = last.flatMap(o -> o.attribute("replicaOf")).orElse("its source");
        List<String> changes = new ArrayList<>();
        changes.add(instance + " stops replicating from " + source + " and becomes a standalone primary that accepts writes");
        changes.add("RDS reboots the instance while promoting: it reads 'modifying' for a few minutes, then 'available'");
        last.flatMap(o -> o.attribute("lag")).ifPresent(lag -> changes.add("writes not yet replicated are lost: replica lag last seen "
                + lag + " at " + AwsWords.at(last.get().observedAt())));
        changes.add("this cannot be undone: failing back means creating a new read replica");
        Optional.ofNullable(request.params().get("mode")).ifPresent(mode -> changes.add("mode '" + mode
                + "' is ignored: RDS promotes a read replica in one way only"));
        String call = "rds:PromoteReadReplica DBInstanceIdentifier=" + instance + " (" + scope.words() + "), then the "
                + "DBInstanceAvailable waiter every " + DurationText.human(clients.settings().pollInterval()) + " for up to "
                + DurationText.human(request.timeout()) + "\n"
                + "aws rds promote-read-replica" + AwsCli.flag("--db-instance-identifier", instance) + AwsCli.scope(scope);
        return new Draft("Promote RDS read replica " + instance + " to a standalone, writable primary", call, changes);
    }

    @Override
    protected ActionResult perform(ActionRequest request, Deadline deadline) throws ProbeException, InterruptedException {
        Resource db = target(request);
        AwsScope scope = AwsScope.of(db);
        String instance = AwsScope.required(db, "instance");
        AwsCall call = clients.call("RDS", scope.region().id());
        RdsClient rds = clients.rds(scope, AwsClients.Use.ACTION);
        Duration callTimeout = clients.settings().callTimeout();
        PromoteReadReplicaResponse accepted = call.ask(() -> rds.promoteReadReplica(b -> b.dbInstanceIdentifier(instance)
                .overrideConfiguration(o -> o.apiCallTimeout(deadline.capped(callTimeout.multipliedBy(3))))));
        String statusThen = Optional.ofNullable(accepted.dbInstance()).map(DBInstance::dbInstanceStatus).orElse("unknown");
        DescribeDbInstancesRequest describe = DescribeDbInstancesRequest.builder().dbInstanceIdentifier(instance)
                .overrideConfiguration(o -> o.apiCallTimeout(callTimeout)).build();
        Following.Followed<DescribeDbInstancesResponse> followed;
        try (RdsWaiter waiter = RdsWaiter.builder().client(rds).build()) {
            followed = Following.until(deadline, clients.settings().pollInterval(),
                    config -> waiter.waitUntilDBInstanceAvailable(describe, config), RdsPromote::promoted);
        } catch (SdkClientException e) {
            throw new ProbeException(call.kind(e), "PromoteReadReplica was accepted, but following " + instance + " stopped: "
                    + statusNow(scope, instance).orElse(call.words(e)));
        }
        if (followed.done()) {
            return ActionResult.ok(instance + " is a standalone primary (available) after " + DurationText.human(deadline.elapsed()),
                    Map.of("instance", instance, "status", "available", "region", scope.region().id()));
        }
        String lastSeen = followed.last().flatMap(r -> r.dbInstances().stream().findFirst())
                .map(i -> "; last seen available but still replicating from " + RdsProbe.shortName(
                        Optional.ofNullable(i.readReplicaSourceDBInstanceIdentifier()).orElse("its source")))
                .orElse("");
        return ActionResult.failed("PromoteReadReplica was accepted for " + instance + " (status then: " + statusThen
                + "), but it did not report available as a standalone primary within " + DurationText.human(deadline.budget())
                + lastSeen + "; check with: aws rds describe-db-instances" + AwsCli.flag("--db-instance-identifier", instance)
                + AwsCli.scope(scope));
    }

    private static boolean promoted(DescribeDbInstancesResponse response) {
        return response.dbInstances().stream().findFirst()
                .map(i -> "available".equalsIgnoreCase(i.dbInstanceStatus())
                        && (i.readReplicaSourceDBInstanceIdentifier() == null || i.readReplicaSourceDBInstanceIdentifier().isBlank()))
                .orElse(false);
    }

    /** After the waiter gave up (a failure state such as 'failed', or an error), what the instance says now, in words. */
    private Optional<String> statusNow(AwsScope scope, String instance) {
        try {
            return Optional.of("it is now '" + RdsProbe.describe(clients, scope, instance, AwsClients.Use.PROBE).dbInstanceStatus() + "'");
        } catch (ProbeException e) {
            return Optional.empty();
        }
    }
}
