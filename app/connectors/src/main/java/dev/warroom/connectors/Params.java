package dev.warroom.connectors;

import dev.warroom.core.time.DurationText;
import dev.warroom.core.world.ActionPreview;
import dev.warroom.core.world.ActionRequest;
import dev.warroom.core.world.Reach;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Reading an action's parameters, with a problem in words when one is missing or malformed. */
public final class Params {

    private Params() {
    }

    /** A parameter that must be present and not blank. */
    public static Optional<String> missing(ActionRequest request, String... names) {
        for (String name : names) {
            String value = request.params().get(name);
            if (value == null || value.isBlank()) {
                return Optional.of(request.kind() + " needs the parameter '" + name + "'");
            }
        }
        return Optional.empty();
    }

    /** A duration parameter ({@code 30s}, {@code 1m30s}), or {@code fallback} when absent. */
    public static Duration duration(ActionRequest request, String name, Duration fallback) {
        String text = request.params().get(name);
        return text == null || text.isBlank() ? fallback : DurationText.parse(text.strip()).orElse(fallback);
    }

    public static Optional<String> durationProblem(ActionRequest request, String name) {
        String text = request.params().get(name);
        if (text == null || text.isBlank() || DurationText.parse(text.strip()).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(name + ": " + DurationText.explain(text));
    }

    /** An HTTP status such as 200, when the parameter is present. */
    public static Optional<String> statusProblem(String name, String value) {
        if (value == null || value.isBlank() || value.strip().matches("[1-5][0-9][0-9]")) {
            return Optional.empty();
        }
        return Optional.of(name + " must be an HTTP status such as 200, not '" + value.strip() + "'");
    }

    /** The preview of a request that cannot be performed as written. */
    public static ActionPreview cannot(ActionRequest request, String problem, Reach reach) {
        return new ActionPreview("Cannot perform " + request.kind() + ": " + problem, "(none: " + problem + ")", List.of(), reach);
    }
}
