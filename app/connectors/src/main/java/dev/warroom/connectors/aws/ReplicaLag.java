package dev.warroom.connectors.aws;

import dev.warroom.core.world.ProbeException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import software.amazon.awssdk.services.cloudwatch.model.Dimension;
import software.amazon.awssdk.services.cloudwatch.model.GetMetricDataResponse;
import software.amazon.awssdk.services.cloudwatch.model.MetricDataQuery;
import software.amazon.awssdk.services.cloudwatch.model.MetricDataResult;
import software.amazon.awssdk.services.cloudwatch.model.ScanBy;

/**
 * An RDS read replica's {@code ReplicaLag} from CloudWatch: the newest one-minute maximum of the last
 * ten minutes. RDS reports -1 when replication is not running.
 */
final class ReplicaLag {

    /** The lag, or why there is none, in words. */
    record Reading(Optional<Duration> lag, String words) {
    }

    private static final Duration WINDOW = Duration.ofMinutes(10);

    private final AwsClients clients;
    private final Clock clock;

    ReplicaLag(AwsClients clients, Clock clock) {
        this.clients = clients;
        this.clock = clock;
    }

    /** Never fails: a lag CloudWatch cannot give is reported in words, and the instance is still observed. */
    Reading read(AwsScope scope, String instance) {
        Instant now = clock.instant();
        GetMetricDataResponse response;
        try {
            MetricDataQuery query = MetricDataQuery.builder().id("lag").returnData(true)
                    .metricStat(s -> s.period(60).stat("Maximum").metric(m -> m.namespace("AWS/RDS").metricName("ReplicaLag")
                            .dimensions(Dimension.builder().name("DBInstanceIdentifier").value(instance).build())))
                    .build();
            response = clients.call("CloudWatch", scope.region().id()).ask(() -> clients.cloudWatch(scope, AwsClients.Use.PROBE)
                    .getMetricData(b -> b.startTime(now.minus(WINDOW)).endTime(now).scanBy(ScanBy.TIMESTAMP_DESCENDING)
                            .metricDataQueries(query)));
        } catch (ProbeException e) {
            return new Reading(Optional.empty(), "unknown (" + e.getMessage() + ")");
        }
        Optional<Double> seconds = response.metricDataResults().stream()
                .filter(r -> "lag".equals(r.id()))
                .map(MetricDataResult::values)
                .filter(values -> !values.isEmpty())
                .map(values -> values.get(0))
                .findFirst();
        if (seconds.isEmpty()) {
            return new Reading(Optional.empty(), "unknown (no ReplicaLag datapoints in the last 10m)");
        }
        if (seconds.get() < 0) {
            return new Reading(Optional.empty(), "replication not running (ReplicaLag " + seconds.get() + ")");
        }
        Duration lag = Duration.ofMillis(Math.round(seconds.get() * 1000));
        return new Reading(Optional.of(lag), AwsWords.lag(lag));
    }
}
