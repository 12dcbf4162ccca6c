package dev.warroom.connectors.azure;

import dev.warroom.core.world.ActionRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The parameters a traffic.switch shares on every Azure edge: the {@code from} list and the {@code weight} of {@code to}. */
public final class SwitchParams {

    private SwitchParams() {
    }

    /** The comma-separated {@code from} names, empty when the step names none. */
    public static List<String> from(ActionRequest request) {
        String from = request.params().get("from");
        return from == null || from.isBlank() ? List.of()
                : Arrays.stream(from.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** The {@code weight} (1 to 1000) when the step gives one; {@code edge} names the product in the refusal. */
    public static Optional<Integer> weight(ActionRequest request, String edge) {
        String weight = request.params().get("weight");
        if (weight == null || weight.isBlank()) {
            return Optional.empty();
        }
        String w = weight.strip();
        if (!w.matches("[0-9]{1,4}") || Integer.parseInt(w) < 1 || Integer.parseInt(w) > 1000) {
            throw new AzurePlanProblem("weight '" + weight + "' must be a whole number from 1 to 1000 for " + edge);
        }
        return Optional.of(Integer.parseInt(w));
    }
}
