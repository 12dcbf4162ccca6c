package dev.warroom.core.incident;

import dev.warroom.core.plan.model.Fault;
import dev.warroom.core.plan.model.FaultKind;
import dev.warroom.core.plan.model.Plan;
import dev.warroom.core.time.DurationText;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import dev.warroom.core.plan.model.Step;
import dev.warroom.core.plan.params.Placeholders;
import dev.warroom.core.world.ActionRequest;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * Lists the actions a journal says were started, with their start times, so a simulated world can
 * be rebuilt exactly after a crash. A step whose outcome is unknown is included: it may have acted.
 */
public final class WorldReplay {

    private WorldReplay() {
    }

    public static void actionsStarted(Plan plan, List<IncidentEvent> events, BiConsumer<ActionRequest, Instant> into) {
        StepRequests requests = new StepRequests(plan);
        // the values the journal froze for the procedure running, filled into its steps as they ran
        java.util.Map<String, String> values = new java.util.HashMap<>();
        for (IncidentEvent e : events) {
            if (EventTypes.PROCEDURE_STARTED.equals(e.type())) {
                values.clear();
            } else if (EventTypes.PARAMETER_SET.equals(e.type())) {
                values.put(e.text("parameter"), e.text("value"));
            }
            boolean started = EventTypes.STEP_STARTED.equals(e.type()) && !e.text("kind").isEmpty();
            boolean rollback = EventTypes.ROLLBACK_STARTED.equals(e.type());
            if (!started && !rollback) {
                continue;
            }
            Optional<Step> step = plan.procedures().stream().filter(p -> p.id().equals(e.text("procedure"))).findFirst()
                    .flatMap(p -> p.steps().stream().filter(s -> s.id().equals(e.text("step"))).findFirst())
                    .map(s -> Placeholders.fill(s, values));
            if (step.isEmpty()) {
                continue;
            }
            if (started && step.get().action() != null) {
                into.accept(requests.request(step.get(), step.get().action()), e.time());
            } else if (rollback && step.get().rollback() != null && step.get().rollback().action() != null) {
                into.accept(requests.request(step.get(), step.get().rollback().action()), e.time());
            }
        }
    }

    /**
     * The changes to the world that a drill's fired injects brought about, each with its fire time, so a
     * rebuilt simulated world has them from the same moment.
     */
    public static void injectsFired(List<IncidentEvent> events, BiConsumer<Fault, Instant> into) {
        for (IncidentEvent e : events) {
            if (!EventTypes.INJECT_FIRED.equals(e.type()) || !e.data().path("worldChanged").asBoolean(false)
                    || !e.data().path("fault").isObject()) {
                continue;
            }
            com.fasterxml.jackson.databind.JsonNode f = e.data().path("fault");
            Optional<FaultKind> kind = Arrays.stream(FaultKind.values())
                    .filter(k -> k.name().toLowerCase(Locale.ROOT).replace('_', '-').equals(f.path("fault").asText())).findFirst();
            if (kind.isEmpty()) {
                continue;
            }
            Duration lasting = f.has("lasting") ? DurationText.parse(f.path("lasting").asText()).orElse(null) : null;
            String value = f.has("value") ? f.path("value").asText() : null;
            into.accept(new Fault(Duration.ZERO, kind.get(), f.path("target").asText(), lasting, value, null), e.time());
        }
    }
}
