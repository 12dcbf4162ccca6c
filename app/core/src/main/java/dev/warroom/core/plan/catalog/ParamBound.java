package dev.warroom.core.plan.catalog;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * The range an action param must stay in, so that a run never aborts on a value validate let through.
 * A param name means the same thing in every action kind that takes it. Whole numbers are bounded by
 * {@code min..max}; durations by {@code longest}.
 */
public record ParamBound(String param, boolean duration, long min, long max, Duration longest, String why) {

    /** Step-level waits and intervals: a week is longer than any recovery step a person would sit through. */
    public static final Duration LONGEST_STEP_WAIT = Duration.ofDays(7);

    private static final Map<String, ParamBound> BOUNDS = Map.of(
            "attempts", whole("attempts", 1, 99, "the range http.check runs; more attempts only postpone the failure"),
            "replicas", whole("replicas", 0, 10_000, "the largest deployment WarRoom scales"),
            "weight", whole("weight", 1, 1_000, "the range Front Door and Traffic Manager accept"),
            "expectStatus", whole("expectStatus", 100, 599, "HTTP statuses run from 100 to 599"),
            "duration", wait("duration"),
            "interval", wait("interval"));

    private static ParamBound whole(String param, long min, long max, String why) {
        return new ParamBound(param, false, min, max, null, why);
    }

    private static ParamBound wait(String param) {
        return new ParamBound(param, true, 0, 0, LONGEST_STEP_WAIT, "a step waits at most 7 days");
    }

    /** The bound on the param of this name, if it is a number or a duration. */
    public static Optional<ParamBound> of(String param) {
        return Optional.ofNullable(BOUNDS.get(param));
    }
}
