package dev.warroom.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.warroom.core.incident.EventTypes;
import dev.warroom.core.incident.IncidentEvent;
import dev.warroom.core.plan.model.Drill;
import dev.warroom.core.plan.model.DrillInject;
import dev.warroom.core.text.TextLanguage;
import dev.warroom.core.time.DurationText;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A drill's events in the terminal, which is the team's screen and the facilitator's at once: a fired
 * message inject is an INJECT card (what the facilitator reads out, and the action expected); held,
 * released, skipped, added and lapsed injects are one short line each; the clock's changes likewise.
 * Verdicts, the hot wash, cleanup and the closing are printed by the end-of-drill dialogue itself, so
 * the echo leaves them out.
 */
final class DrillEcho {

    private final Optional<Drill> drill;
    private final TextLanguage language;
    private final Supplier<Optional<Instant>> drillStart;

    DrillEcho(Optional<Drill> drill, TextLanguage language, Supplier<Optional<Instant>> drillStart) {
        this.drill = drill;
        this.language = language;
        this.drillStart = drillStart;
    }

    /** Whether the event is a drill's: the echo then prints only what {@link #lines} gives. */
    static boolean isDrillEvent(String type) {
        return type.startsWith("inject.") || type.startsWith("clock.") || EventTypes.OBSERVATION_ADDED.equals(type)
                || EventTypes.CRITERION_JUDGED.equals(type) || EventTypes.HOT_WASH_RECORDED.equals(type)
                || EventTypes.CLEANUP_TICKED.equals(type) || EventTypes.DRILL_CLOSED.equals(type);
    }

    List<String> lines(IncidentEvent e) {
        String inject = e.text("inject");
        return switch (e.type()) {
            case EventTypes.INJECT_FIRED -> fired(e);
            case EventTypes.INJECT_TRIGGERED -> dueLater(e).map(due -> List.of("  inject " + inject + ": its trigger came, due " + due))
                    .orElse(List.of());
            case EventTypes.INJECT_HELD -> List.of("  inject " + inject + " held by " + e.actor());
            case EventTypes.INJECT_RELEASED -> List.of("  inject " + inject + " released by " + e.actor());
            case EventTypes.INJECT_SKIPPED -> List.of("  inject " + inject + " skipped by " + e.actor() + ": " + e.text("reason"));
            case EventTypes.INJECT_ADDED -> List.of("  inject " + e.data().path("inject").path("id").asText("") + " added by " + e.actor());
            case EventTypes.INJECT_ACKNOWLEDGED -> List.of("  inject " + inject + " acknowledged by " + e.actor());
            case EventTypes.INJECTS_LAPSED -> lapsed(e);
            case EventTypes.CLOCK_PAUSED -> List.of("  drill clock paused by " + e.actor());
            case EventTypes.CLOCK_RESUMED -> List.of("  drill clock resumed by " + e.actor());
            case EventTypes.CLOCK_SPEED_CHANGED -> List.of("  drill clock speed " + e.text("speed") + "× (" + e.actor() + ")");
            case EventTypes.OBSERVATION_ADDED -> List.of("  observation (" + e.text("kind") + ") by " + e.actor() + ": " + e.text("text"));
            default -> List.of();
        };
    }

    private List<String> fired(IncidentEvent e) {
        String id = e.text("inject");
        Optional<DrillInject> planned = drill.flatMap(d -> d.inject(id));
        String message = language.pick(orPlanned(e.text("message"), planned.map(DrillInject::message)),
                orPlanned(e.text("messageEn"), planned.map(DrillInject::messageEn)));
        String expect = orPlanned(e.text("expect"), planned.map(DrillInject::expect));
        List<String> lines = new ArrayList<>();
        String when = " (" + since(e.time()) + ")";
        if (message.isBlank()) {
            lines.add("  inject " + id + " fired" + when + ": a change to the world");
        } else {
            lines.add("INJECT " + id + when + ": " + message + (expect.isBlank() ? "" : " — expected: " + expect));
        }
        String world = e.text("worldChange");
        if (!world.isBlank()) {
            boolean done = e.data().path("worldChanged").asBoolean(false);
            lines.add("  world change " + faultWords(e.data().path("fault")) + (done ? ": " : ", inject by hand: ") + world);
        }
        return lines;
    }

    private static String faultWords(JsonNode fault) {
        String kind = fault.path("fault").asText("");
        String target = fault.path("target").asText("");
        return kind.isEmpty() ? "" : kind + (target.isEmpty() ? "" : " on " + target);
    }

    private List<String> lapsed(IncidentEvent e) {
        List<String> lines = new ArrayList<>();
        for (JsonNode lapsed : e.data().path("injects")) {
            String status = lapsed.path("status").asText("");
            lines.add("  inject " + lapsed.path("inject").asText("") + ": " + (status.equals("not-triggered") ? "not triggered"
                    : status.equals("not-reached") ? "not reached" : status));
        }
        return lines;
    }

    /** When a triggered inject with a delay is due; nothing for one that fires at once (its card follows). */
    private Optional<String> dueLater(IncidentEvent e) {
        return parse(e.text("dueAt")).filter(d -> d.isAfter(e.time())).map(this::since);
    }

    /** T+ counted from the drill's start, as the events list counts an inject's time. */
    private String since(Instant time) {
        Instant start = drillStart.get().orElse(time);
        Duration d = Duration.between(start, time);
        return "T+" + DurationText.human(d.isNegative() ? Duration.ZERO : d);
    }

    private static Optional<Instant> parse(String text) {
        try {
            return text.isEmpty() ? Optional.empty() : Optional.of(Instant.parse(text));
        } catch (java.time.format.DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static String orPlanned(String recorded, Optional<String> planned) {
        return !recorded.isBlank() ? recorded : planned.orElse("");
    }
}
