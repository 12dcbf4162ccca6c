package dev.warroom.core.report;

import dev.warroom.core.report.words.ReportWords;
import dev.warroom.core.time.DurationText;
import java.util.List;
import java.util.Optional;

/**
 * The simulated world's readings as a board row shows them: the one fact of an observation ("replicas 3/3", "nodes 3/3
 * ready", "target ingress.eastus.sim.invalid", "serving eastus", "link down (source db-prod unreachable since …)", "state
 * promoted at …", "events service issue: …"), and why a probe got no reading (a region that does not answer, a refused
 * connection, each provider's throttling and expired credentials as the world writes them). Ids, hosts, sites, regions,
 * times and the providers' error codes and commands stay as written; a retry delay is said in this language's units.
 */
final class RecordedReadings {

    private static final String R = "recorded.reading.";
    private static final List<RecordedShape> READINGS = List.of(
            RecordedShape.of("HTTP (\\d+) · (\\S+)", R + "http"),
            RecordedShape.of("replicas (\\d+/\\d+)", R + "replicas"),
            RecordedShape.of("nodes (\\d+/\\d+) ready", R + "nodes"),
            RecordedShape.of("target (\\S+)", R + "target"),
            RecordedShape.of("serving (\\S+)", R + "serving"),
            RecordedShape.of("events none", R + "events.none"),
            RecordedShape.of("events service issue: (.*) unavailable since (\\S+)", R + "events.issue"),
            RecordedShape.of("deployment active", R + "deployment.active"),
            RecordedShape.of("deployment standby", R + "deployment.standby"),
            RecordedShape.of("power running", R + "power.running"),
            RecordedShape.of("link up", R + "link.up"),
            RecordedShape.of("link none \\(promoted at (\\S+)\\)", R + "link.promoted"),
            RecordedShape.of("link stopped \\(promotion in progress since (\\S+)\\)", R + "link.promoting"),
            RecordedShape.of("link down \\(source (\\S+) unreachable since (\\S+)\\)", R + "link.down"),
            RecordedShape.of("state available", R + "state.available"),
            RecordedShape.of("state promoting since (\\S+)", R + "state.promoting"),
            RecordedShape.of("state promoted at (\\S+)", R + "state.promoted"),
            RecordedShape.of("state (On|Off)", R + "state.control"),
            RecordedShape.of("state the provider reports (.*) as Unavailable", R + "state.provider-unavailable"),
            RecordedShape.of("state the provider reports (.*) as unavailable \\(status: failed\\)", R + "state.provider-failed"),
            RecordedShape.of("state (.*) is unavailable", R + "state.unavailable"),
            RecordedShape.of("status operational", R + "status.operational"),
            RecordedShape.of("status Healthy", R + "status.healthy"),
            RecordedShape.of("status Unhealthy", R + "status.unhealthy"),
            RecordedShape.of("no answer from (.*?): connection timed out reaching (.*)", R + "no-answer"),
            RecordedShape.of("connection refused by (.*)", R + "refused"),
            RecordedShape.of("AADSTS700082: the refresh token has expired \\(token expired at (\\S+)\\); sign in again with az login",
                    R + "expired.azure"),
            RecordedShape.of("ExpiredTokenException: the security token included in the request is expired \\(token expired at (\\S+)\\); "
                    + "refresh the session with aws sso login", R + "expired.aws"),
            RecordedShape.of("401 Unauthorized: the kubeconfig credentials are no longer valid \\(token expired at (\\S+)\\)",
                    R + "expired.kubernetes"),
            RecordedShape.of("FATAL: password authentication failed \\(token expired at (\\S+)\\)", R + "expired.postgres"),
            RecordedShape.of("WRONGPASS invalid username-password pair \\(token expired at (\\S+)\\)", R + "expired.redis"),
            RecordedShape.of("401 Unauthorized: token expired at (\\S+)", R + "expired.other"));
    /** A throttled provider's answer: its last group is how long to wait before retrying. */
    private static final List<RecordedShape> THROTTLED = List.of(
            RecordedShape.of("429 Too Many Requests: the subscription's request limit was exceeded; retry after (\\S+)",
                    R + "throttled.azure"),
            RecordedShape.of("ThrottlingException: Rate exceeded; retry after (\\S+)", R + "throttled.aws"),
            RecordedShape.of("429 Too Many Requests: the API server is rate limiting requests; retry after (\\S+)",
                    R + "throttled.kubernetes"),
            RecordedShape.of("429 Too Many Requests: retry after (\\S+)", R + "throttled.other"));

    private final ReportWords say;

    RecordedReadings(ReportWords say) {
        this.say = say;
    }

    Optional<String> said(String recorded) {
        return RecordedShape.sayFirst(READINGS, say, recorded)
                .or(() -> RecordedShape.sayFirst(THROTTLED, say, recorded, this::duration));
    }

    private String duration(String recorded) {
        return DurationText.parse(recorded).map(say::duration).orElse(recorded);
    }
}
