package dev.warroom.core.incident;

import com.fasterxml.jackson.databind.JsonNode;
import dev.warroom.core.drill.ActionItem;
import dev.warroom.core.drill.CriterionVerdict;
import dev.warroom.core.drill.DrillClock;
import dev.warroom.core.drill.DrillState;
import dev.warroom.core.drill.HotWash;
import dev.warroom.core.drill.InjectSchedule;
import dev.warroom.core.drill.InjectState;
import dev.warroom.core.drill.InjectStatus;
import dev.warroom.core.drill.Observation;
import dev.warroom.core.drill.ObservationKind;
import dev.warroom.core.drill.Rating;
import dev.warroom.core.drill.Verdict;
import dev.warroom.core.plan.model.Drill;
import dev.warroom.core.plan.model.DrillInject;
import dev.warroom.core.plan.model.Plan;
import dev.warroom.core.time.DurationText;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The drill part of the fold: the events list with each inject's state, the drill clock, observations,
 * verdicts, the hot wash and the cleanup, from the plan's drill named by {@code incident.opened} and the
 * drill events after it. A held inject whose time has come by the last event folded shows as due.
 * Deterministic and not thread-safe, like {@link IncidentFold}.
 */
final class DrillFold {

    private final Plan plan;
    private Optional<Drill> drill = Optional.empty();
    private boolean realTime;
    private Instant startedAt = Instant.EPOCH;
    private Instant lastEventAt = Instant.EPOCH;
    private final Map<String, InjectState> injects = new LinkedHashMap<>();
    private DrillClock clock = DrillClock.running(1);
    private final List<Observation> observations = new ArrayList<>();
    private final List<CriterionVerdict> verdicts = new ArrayList<>();
    private Optional<HotWash> hotWash = Optional.empty();
    private final Set<String> cleanupTicked = new HashSet<>();
    private Optional<Instant> closedAt = Optional.empty();
    private String closingReason = "";

    DrillFold(Plan plan) {
        this.plan = plan;
    }

    /** Everything this fold holds, as a checkpoint keeps it ({@code drillId} empty when the incident plays no drill). */
    record Snapshot(String drillId, boolean realTime, Instant startedAt, Instant lastEventAt, List<InjectState> injects, DrillClock clock,
            List<Observation> observations, List<CriterionVerdict> verdicts, Optional<HotWash> hotWash, List<String> cleanupTicked,
            Optional<Instant> closedAt, String closingReason) {
    }

    Snapshot snapshot() {
        return new Snapshot(drill.map(Drill::id).orElse(""), realTime, startedAt, lastEventAt, List.copyOf(injects.values()), clock,
                List.copyOf(observations), List.copyOf(verdicts), hotWash, cleanupTicked.stream().sorted().toList(), closedAt,
                closingReason);
    }

    /** The fold a {@link #snapshot()} was taken of; false (and nothing restored) when the plan has no drill of that id. */
    boolean restore(Snapshot s) {
        Optional<Drill> named = s.drillId().isEmpty() ? Optional.empty()
                : plan.drills().stream().filter(d -> s.drillId().equals(d.id())).findFirst();
        if (!s.drillId().isEmpty() && named.isEmpty()) {
            return false;
        }
        drill = named;
        realTime = s.realTime();
        startedAt = s.startedAt();
        lastEventAt = s.lastEventAt();
        s.injects().forEach(i -> injects.put(i.inject().id(), i));
        clock = s.clock();
        observations.addAll(s.observations());
        verdicts.addAll(s.verdicts());
        hotWash = s.hotWash();
        cleanupTicked.addAll(s.cleanupTicked());
        closedAt = s.closedAt();
        closingReason = s.closingReason();
        return true;
    }

    /** The drill as folded so far; empty when the incident plays none. */
    Optional<DrillState> state() {
        if (drill.isEmpty()) {
            return Optional.empty();
        }
        List<InjectState> list = injects.values().stream().map(this::withDueness).toList();
        return Optional.of(new DrillState(drill.get().id(), startedAt, list, clock, observations, verdicts, hotWash, cleanupTicked,
                closedAt, closingReason));
    }

    /** The plan's drill this incident plays, once the opening is folded. */
    Optional<Drill> drill() {
        return drill;
    }

    void apply(IncidentEvent e) {
        lastEventAt = e.time();
        if (EventTypes.OPENED.equals(e.type())) {
            opened(e);
            return;
        }
        if (drill.isEmpty()) {
            return;
        }
        JsonNode d = e.data();
        switch (e.type()) {
            case EventTypes.INJECT_ADDED -> added(e);
            case EventTypes.INJECT_TRIGGERED -> update(e.text("inject"), i -> with(i, i.status(), Optional.of(parse(e.text("dueAt"), e.time()))));
            case EventTypes.INJECT_HELD -> update(e.text("inject"), i -> with(i, InjectStatus.HELD, i.dueAt()));
            case EventTypes.INJECT_RELEASED -> update(e.text("inject"), i -> with(i, InjectStatus.PENDING, i.dueAt()));
            case EventTypes.INJECT_SKIPPED -> update(e.text("inject"), i -> new InjectState(i.inject(), i.adHoc(), InjectStatus.SKIPPED,
                    i.dueAt(), i.firedAt(), i.firedBy(), i.worldChanged(), i.worldChange(), e.text("reason"), i.acknowledgedBy(),
                    i.acknowledgedAt()));
            case EventTypes.INJECT_FIRED -> update(e.text("inject"), i -> fired(i, e));
            case EventTypes.INJECT_ACKNOWLEDGED -> update(e.text("inject"), i -> new InjectState(i.inject(), i.adHoc(), i.status(),
                    i.dueAt(), i.firedAt(), i.firedBy(), i.worldChanged(), i.worldChange(), i.skipReason(), Optional.of(e.actor()),
                    Optional.of(e.time())));
            case EventTypes.INJECTS_LAPSED -> d.path("injects").forEach(n -> update(n.path("inject").asText(""),
                    i -> with(i, "not-triggered".equals(n.path("status").asText()) ? InjectStatus.NOT_TRIGGERED : InjectStatus.NOT_REACHED,
                            i.dueAt())));
            case EventTypes.CLOCK_PAUSED -> clock = new DrillClock(true, clock.speed(), Optional.of(e.time()), clock.heldFor());
            case EventTypes.CLOCK_RESUMED -> clock = new DrillClock(false, clock.speed(), Optional.empty(),
                    clock.heldFor().plus(duration(e.text("heldFor"))));
            case EventTypes.CLOCK_SPEED_CHANGED -> clock = new DrillClock(clock.paused(), d.path("speed").asDouble(clock.speed()),
                    clock.pausedAt(), clock.heldFor());
            case EventTypes.OBSERVATION_ADDED -> observations.add(new Observation(e.time(), e.actor(), e.text("text"),
                    optional(e.text("criterion")), optional(e.text("objective")),
                    ObservationKind.parse(e.text("kind")).orElse(ObservationKind.NOTE)));
            case EventTypes.CRITERION_JUDGED -> verdicts.add(new CriterionVerdict(e.text("criterion"),
                    Verdict.parse(e.text("verdict")).orElse(Verdict.UNDETERMINED), e.text("measured"), e.text("target"), e.text("evidence"),
                    e.actor(), e.time()));
            case EventTypes.HOT_WASH_RECORDED -> hotWash = Optional.of(hotWash(d));
            case EventTypes.CLEANUP_TICKED -> cleanupTicked.add(e.text("item"));
            case EventTypes.DRILL_CLOSED -> {
                closedAt = Optional.of(e.time());
                closingReason = e.text("reason");
            }
            default -> {
                // not a drill event
            }
        }
    }

    private void opened(IncidentEvent e) {
        String id = e.text("drill");
        drill = id.isEmpty() ? Optional.empty() : plan.drills().stream().filter(x -> id.equals(x.id())).findFirst();
        if (drill.isEmpty()) {
            return;
        }
        realTime = Mode.parse(e.text("mode")).orElse(Mode.TABLETOP) != Mode.TABLETOP;
        startedAt = e.time();
        JsonNode speed = e.data().path("clockSpeed");
        clock = DrillClock.running(speed.isNumber() ? speed.asDouble() : 1);
        for (DrillInject inject : drill.get().injects()) {
            Optional<Instant> due = inject.at() != null && !inject.triggered() ? Optional.of(startedAt.plus(inject.at())) : Optional.empty();
            injects.put(inject.id(), pending(inject, false, due));
        }
    }

    private void added(IncidentEvent e) {
        DrillInject inject = DrillEventData.readInject(e.data().path("inject"));
        Optional<Instant> due;
        if (inject.triggered()) {
            due = Optional.empty();
        } else if (inject.at() != null) {
            due = Optional.of(startedAt.plus(inject.at()));
        } else {
            due = Optional.of(e.time());
        }
        injects.put(inject.id(), pending(inject, true, due));
    }

    private static InjectState pending(DrillInject inject, boolean adHoc, Optional<Instant> due) {
        return new InjectState(inject, adHoc, InjectStatus.PENDING, due, Optional.empty(), "", Optional.empty(), "", "", Optional.empty(),
                Optional.empty());
    }

    private static InjectState fired(InjectState i, IncidentEvent e) {
        String by = e.text("by");
        JsonNode changed = e.data().path("worldChanged");
        return new InjectState(i.inject(), i.adHoc(), InjectStatus.FIRED, i.dueAt(), Optional.of(e.time()),
                "facilitator".equals(by) ? e.actor() : by, changed.isBoolean() ? Optional.of(changed.asBoolean()) : Optional.empty(),
                e.text("worldChange"), i.skipReason(), i.acknowledgedBy(), i.acknowledgedAt());
    }

    /** A scheduled inject's due time follows the schedule (held time included in DRILL); a held one shows as due once its time came. */
    private InjectState withDueness(InjectState i) {
        Optional<Instant> due = i.dueAt();
        if (i.status().isOpen() && i.inject().at() != null && !i.inject().triggered()) {
            due = Optional.of(InjectSchedule.scheduledAt(startedAt, i.inject().at(), clock.heldFor(), realTime));
        }
        InjectStatus status = i.status();
        if (status == InjectStatus.HELD && due.isPresent() && !due.get().isAfter(lastEventAt)) {
            status = InjectStatus.DUE;
        }
        return with(i, status, due);
    }

    private static InjectState with(InjectState i, InjectStatus status, Optional<Instant> dueAt) {
        return new InjectState(i.inject(), i.adHoc(), status, dueAt, i.firedAt(), i.firedBy(), i.worldChanged(), i.worldChange(),
                i.skipReason(), i.acknowledgedBy(), i.acknowledgedAt());
    }

    private void update(String injectId, UnaryOperator<InjectState> change) {
        InjectState current = injects.get(injectId);
        if (current != null) {
            injects.put(injectId, change.apply(current));
        }
    }

    private static HotWash hotWash(JsonNode d) {
        List<String> well = new ArrayList<>();
        d.path("wentWell").forEach(n -> well.add(n.asText()));
        List<String> improve = new ArrayList<>();
        d.path("toImprove").forEach(n -> improve.add(n.asText()));
        List<ActionItem> actions = new ArrayList<>();
        d.path("actions").forEach(n -> actions.add(new ActionItem(n.path("text").asText(""), n.path("owner").asText(""),
                n.path("due").asText(""))));
        Map<String, Rating> ratings = new HashMap<>();
        d.path("ratings").fields().forEachRemaining(f -> Rating.parse(f.getValue().asText()).ifPresent(r -> ratings.put(f.getKey(), r)));
        return new HotWash(well, improve, actions, ratings);
    }

    private static Instant parse(String instant, Instant fallback) {
        try {
            return instant.isEmpty() ? fallback : Instant.parse(instant);
        } catch (java.time.format.DateTimeParseException e) {
            return fallback;
        }
    }

    private static Duration duration(String text) {
        return DurationText.parse(text).orElse(Duration.ZERO);
    }

    private static Optional<String> optional(String text) {
        return text.isBlank() ? Optional.empty() : Optional.of(text);
    }
}
