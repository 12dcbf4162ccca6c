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

    /** How long before the impact a scenario's {@code startsAfter} procedures are taken to have been carried out. */
    public static final Duration STARTS_AFTER_LEAD = Duration.ofHours(1);

    /**
     * The actions of the procedures a scenario starts after ({@code startsAfter}), in order, each with its parameters'
     * defaults, as of {@link #STARTS_AFTER_LEAD} before the impact: the simulated world then starts in the state they
     * leave (failed over, for a failback scenario).
     */
    public static void scenarioStartsAfter(Plan plan, dev.warroom.core.plan.model.Scenario scenario, Instant impact,
            BiConsumer<ActionRequest, Instant> into) {
        StepRequests requests = new StepRequests(plan);
        Instant at = impact.minus(STARTS_AFTER_LEAD);
        for (String id : scenario.startsAfter()) {
            plan.procedures().stream().filter(p -> p.id().equals(id)).findFirst().ifPresent(procedure -> {
                java.util.Map<String, String> defaults = new java.util.HashMap<>();
                procedure.parameters().stream().filter(p -> p.defaultValue() != null).forEach(p -> defaults.put(p.id(), p.defaultValue()));
                for (Step step : procedure.steps()) {
                    Step filled = Placeholders.fill(step, defaults);
                    if (filled.action() != null) {
                        into.accept(requests.request(filled, filled.action()), at);
                    }
                }
            });
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
