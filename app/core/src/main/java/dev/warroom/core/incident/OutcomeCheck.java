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
            case IS_PRIMARY -> new Verdict(o.role() == ReplicationRole.PRIMARY || o.role() == ReplicationRole.STANDALONE,
                    "role " + words(o.role()));
            case IS_REPLICA -> new Verdict(o.role() == ReplicationRole.REPLICA, "role " + words(o.role()));
            case HEALTHY -> new Verdict(o.health() == Health.UP, "health " + words(o.health()));
            case REPLICAS_READY -> replicasReady(verify, o);
            case RESOLVES_TO -> attributeEquals(o, "target", verify.value());
            case HTTP_STATUS -> attributeEquals(o, "status", expectedOr(verify, "200"));
            case TRAFFIC_TO -> {
                String serving = o.attribute("serving").orElse(o.attribute("target").orElse(""));
                yield new Verdict(!serving.isEmpty() && serving.contains(verify.value() == null ? "" : verify.value()),
                        "traffic to " + (serving.isEmpty() ? "unknown" : serving));
            }
            case LAG_BELOW -> {
                Duration bound = DurationText.parse(verify.value()).orElse(Duration.ofSeconds(1));
                yield new Verdict(o.lag().map(l -> l.compareTo(bound) < 0).orElse(false),
                        "lag " + o.lag().map(DurationText::format).orElse("unknown"));
            }
            default -> new Verdict(o.health() == Health.UP, "health " + words(o.health()));
        };
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
        return expected == null || expected.isBlank() ? !got.isBlank() : normal(got).equals(normal(expected));
    }

    /** PostgreSQL prints booleans as t/f; plans write true/false. */
    private static String normal(String value) {
        String v = value.strip().toLowerCase(java.util.Locale.ROOT);
        return switch (v) {
            case "t", "true" -> "true";
            case "f", "false" -> "false";
            default -> v;
        };
    }

    private static String expectedOr(Verification verify, String fallback) {
        return verify.value() == null ? fallback : verify.value();
    }

    private static String words(Enum<?> value) {
        return value.name().toLowerCase(java.util.Locale.ROOT);
    }
}
