package dev.warroom.core.incident;

import dev.warroom.core.plan.model.Verification;
import dev.warroom.core.world.ActionResult;
import dev.warroom.core.world.Health;
import dev.warroom.core.world.Observation;
import dev.warroom.core.world.ReplicationRole;
import dev.warroom.core.time.DurationText;
import java.time.Duration;
import java.util.Optional;

/** Whether a step's expected outcome holds, judged from live readings or from what the action returned. */
final class OutcomeCheck {

    /** The verdict and the evidence, in words. */
    record Verdict(boolean met, String seen) {
    }

    private OutcomeCheck() {
    }

    /** Conditions answered by the action's own result rather than by watching state. */
    static boolean judgedByResult(Verification verify) {
        return switch (verify.condition()) {
            case QUERY_RETURNS, DELIVERED, MANUAL_CHECK -> true;
            case HTTP_STATUS -> verify.resource() == null;
            default -> false;
        };
    }

    static Verdict fromResult(Verification verify, ActionResult result) {
        return switch (verify.condition()) {
            case QUERY_RETURNS -> {
                String got = result.outputs().getOrDefault("result", "");
                yield new Verdict(result.succeeded() && matches(got, verify.value()), "query returned '" + got + "'");
            }
            case HTTP_STATUS -> {
                String got = result.outputs().getOrDefault("status", "");
                yield new Verdict(result.succeeded() && matches(got, expectedOr(verify, "200")), "HTTP status " + got);
            }
            case DELIVERED -> new Verdict(result.succeeded(), result.detail());
            default -> new Verdict(result.succeeded(), result.detail());
        };
    }

    static Verdict fromReading(Verification verify, ResourceReading reading) {
        if (reading == null) {
            return new Verdict(false, "not observed yet");
        }
        if (!reading.reachable()) {
            return new Verdict(false, reading.problem().orElse("unreachable"));
        }
        Optional<Observation> seen = reading.observation();
        if (seen.isEmpty()) {
            return new Verdict(false, "no observation yet");
        }
        Observation o = seen.get();
        return switch (verify.condition()) {
            case IS_PRIMARY -> new Verdict((o.role() == ReplicationRole.PRIMARY || o.role() == ReplicationRole.STANDALONE)
                    && o.health() != Health.DOWN, "role " + words(o.role()) + ", health " + words(o.health()));
            case IS_REPLICA -> new Verdict(o.role() == ReplicationRole.REPLICA, "role " + words(o.role()));
            case HEALTHY -> new Verdict(o.health() == Health.UP, "health " + words(o.health()));
            case REPLICAS_READY -> replicasReady(verify, o);
            case RESOLVES_TO -> attributeEquals(o, "target", verify.value());
            case HTTP_STATUS -> attributeEquals(o, "status", expectedOr(verify, "200"));
            case TRAFFIC_TO -> trafficTo(verify.value(), o);
            case LAG_BELOW -> {
                Duration bound = DurationText.parse(verify.value()).orElse(Duration.ofSeconds(1));
                yield new Verdict(o.lag().map(l -> l.compareTo(bound) < 0).orElse(false),
                        "lag " + o.lag().map(DurationText::format).orElse("unknown"));
            }
            default -> new Verdict(o.health() == Health.UP, "health " + words(o.health()));
        };
    }

    /**
     * Traffic reaches {@code expected} when the observed serving site or origin is it, or when the
     * expected origin host names the serving site as one of its labels (ai-workflow-dr.westeurope.… → westeurope).
     */
    private static Verdict trafficTo(String expected, Observation o) {
        String serving = o.attribute("serving").or(() -> o.attribute("origin")).or(() -> o.attribute("target")).orElse("");
        if (serving.isEmpty()) {
            return new Verdict(false, "traffic destination unknown");
        }
        String want = expected == null ? "" : expected.strip().toLowerCase(java.util.Locale.ROOT);
        String have = serving.strip().toLowerCase(java.util.Locale.ROOT);
        boolean met = want.isEmpty() || have.equals(want) || have.startsWith(want + " ")
                || java.util.Arrays.asList(want.split("[./:]")).contains(have.split(" ")[0]);
        return new Verdict(met, "traffic to " + serving);
    }

    private static Verdict replicasReady(Verification verify, Observation o) {
        String replicas = o.attribute("replicas").orElse("");
        String[] parts = replicas.split("/");
        if (parts.length != 2) {
            return new Verdict(false, "replicas unknown");
        }
        try {
            int ready = Integer.parseInt(parts[0].strip());
            int desired = Integer.parseInt(parts[1].strip());
            int wanted = verify.value() == null ? desired : Integer.parseInt(verify.value().strip());
            return new Verdict(ready >= wanted && wanted > 0, ready + " of " + wanted + " ready");
        } catch (NumberFormatException e) {
            return new Verdict(false, "replicas '" + replicas + "'");
        }
    }

    private static Verdict attributeEquals(Observation o, String attribute, String expected) {
        String got = o.attribute(attribute).orElse("");
        return new Verdict(matches(got, expected), attribute + " " + (got.isEmpty() ? "unknown" : got));
    }

    private static boolean matches(String got, String expected) {
        return dev.warroom.core.world.ExpectedValues.matches(got, expected);
    }

    private static String expectedOr(Verification verify, String fallback) {
        return verify.value() == null ? fallback : verify.value();
    }

    private static String words(Enum<?> value) {
        return value.name().toLowerCase(java.util.Locale.ROOT);
    }
}
