package dev.warroom.core.incident;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.warroom.core.drill.AdHocInjects;
import dev.warroom.core.drill.CriterionMeasure;
import dev.warroom.core.drill.CriterionScore;
import dev.warroom.core.drill.DrillState;
import dev.warroom.core.drill.HotWash;
import dev.warroom.core.drill.InjectSchedule;
import dev.warroom.core.drill.InjectState;
import dev.warroom.core.drill.InjectStatus;
import dev.warroom.core.drill.ObservationKind;
import dev.warroom.core.drill.Verdict;
import dev.warroom.core.plan.model.ChecklistItem;
import dev.warroom.core.plan.model.Drill;
import dev.warroom.core.plan.model.DrillInject;
import dev.warroom.core.plan.model.DrillObjective;
import dev.warroom.core.plan.model.SuccessCriterion;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The facilitator's hand on a drill: the events list (fire, hold, release, skip, add, acknowledge),
 * observations, verdicts, the hot wash, the cleanup and the closing. Clock commands are in
 * {@link DrillClockControl}. Every command checks and records on the incident's writer; one that does not
 * fit is refused in words ({@link IncidentStateException}). Injects (their acknowledgement too) and the clock
 * are for a running incident; observations, verdicts, the hot wash and the cleanup may also come after it ended, until the
 * drill is closed.
 */
public final class DrillDesk {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final Incident incident;
    private final Optional<DrillConductor> conductor;

    DrillDesk(Incident incident, Optional<DrillConductor> conductor) {
        this.incident = incident;
        this.conductor = conductor;
    }

    // ---- the events list -------------------------------------------------------------------

    /** Fires an inject now, whatever its time or trigger. */
    public void fire(String injectId, String actor) throws IOException {
        incident.onWriter(() -> {
            InjectState inject = openInject(injectId, "fire");
            conductor().fire(inject.inject(), "facilitator", actor);
        });
    }

    /** Holds an inject before it fires: its time or trigger may come, it waits (shown as due) until released. */
    public void hold(String injectId, String actor) throws IOException {
        incident.onWriter(() -> {
            InjectState inject = openInject(injectId, "hold");
            if (inject.status() != InjectStatus.PENDING) {
                throw new IncidentStateException("inject '" + injectId + "' is already held");
            }
            incident.record(EventTypes.INJECT_HELD, actor, JSON.objectNode().put("inject", injectId));
        });
    }

    /** Releases a held inject; if its time or trigger came meanwhile, it fires at once. */
    public void release(String injectId, String actor) throws IOException {
        incident.onWriter(() -> {
            InjectState inject = openInject(injectId, "release");
            if (inject.status() == InjectStatus.PENDING) {
                throw new IncidentStateException("inject '" + injectId + "' is not held: there is nothing to release");
            }
            incident.record(EventTypes.INJECT_RELEASED, actor, JSON.objectNode().put("inject", injectId));
            DrillState drill = drill();
            InjectState released = drill.inject(injectId).orElseThrow();
            if (InjectSchedule.isDue(released, drill, incident.clock().now(), conductor().realTime())) {
                conductor().fire(released.inject(), released.inject().triggered() ? "trigger" : "schedule", actor);
            }
        });
    }

    /** Skips an inject that has not fired, saying why. */
    public void skip(String injectId, String reason, String actor) throws IOException {
        incident.onWriter(() -> {
            if (reason == null || reason.isBlank()) {
                throw new IncidentStateException("say why inject '" + injectId + "' is skipped");
            }
            openInject(injectId, "skip");
            incident.record(EventTypes.INJECT_SKIPPED, actor, JSON.objectNode().put("inject", injectId).put("reason", reason.strip()));
        });
    }

    /**
     * Adds an ad-hoc inject (a message, a change to the world, or both). Its {@code at} counts from the
     * drill's start like the plan's; with neither {@code at} nor {@code on} it is due at once, and fired by
     * {@code actor} in the same step (while the drill clock is paused it waits, and the schedule fires it on
     * resume). Answers its id (adhoc-N when it has none).
     */
    public String add(DrillInject inject, String actor) throws IOException {
        return incident.writer().call(() -> {
            DrillState drill = runningDrill("add an inject");
            DrillInject named;
            try {
                named = AdHocInjects.check(inject, drill, incident.plan());
            } catch (IllegalArgumentException e) {
                throw new IncidentStateException(e.getMessage());
            }
            ObjectNode data = JSON.objectNode();
            data.set("inject", DrillEventData.writeInject(named));
            conductor().added(named, data, actor);
            return named.id();
        });
    }

    /** The team acknowledges a fired message inject while the incident runs; journalled as {@code actor}, now. */
    public void acknowledge(String injectId, String actor) throws IOException {
        incident.onWriter(() -> {
            DrillState drill = runningDrill("acknowledge an inject");
            InjectState inject = known(drill, injectId);
            if (inject.status() != InjectStatus.FIRED) {
                throw new IncidentStateException("inject '" + injectId + "' has not fired: there is nothing to acknowledge");
            }
            if (inject.acknowledgedBy().isPresent()) {
                throw new IncidentStateException("inject '" + injectId + "' was already acknowledged by " + inject.acknowledgedBy().get());
            }
            if (inject.inject().message() == null || inject.inject().message().isBlank()) {
                throw new IncidentStateException("inject '" + injectId + "' has no message for the team to acknowledge");
            }
            incident.record(EventTypes.INJECT_ACKNOWLEDGED, actor, JSON.objectNode().put("inject", injectId));
        });
    }

    // ---- observations and verdicts ---------------------------------------------------------

    /** A timestamped observation, tagged with a criterion or an objective of this drill (either may be empty). */
    public void observe(String text, ObservationKind kind, Optional<String> criterion, Optional<String> objective, String actor)
            throws IOException {
        incident.onWriter(() -> {
            openDrill();
            if (text == null || text.isBlank()) {
                throw new IncidentStateException("an observation needs some text");
            }
            criterion.ifPresent(this::criterion);
            objective.ifPresent(this::objective);
            ObjectNode data = JSON.objectNode().put("text", text.strip()).put("kind", (kind == null ? ObservationKind.NOTE : kind).word());
            criterion.ifPresent(c -> data.put("criterion", c));
            objective.ifPresent(o -> data.put("objective", o));
            incident.record(EventTypes.OBSERVATION_ADDED, actor, data);
        });
    }

    /** What the journal can measure of each criterion now, against the drill's own bounds. Reads only. */
    public List<CriterionMeasure> measure() {
        Drill drill = playedDrill();
        return DrillMeasures.measure(drill, incident.state(), incident.events());
    }

    /** A person's verdict on a criterion, with what they measured and their evidence. */
    public void judge(String criterionId, Verdict verdict, String measured, String evidence, String actor) throws IOException {
        incident.onWriter(() -> {
            openDrill();
            SuccessCriterion criterion = criterion(criterionId);
            if (verdict == null) {
                throw new IncidentStateException("say whether '" + criterionId + "' was met, not met, or cannot be told (undetermined)");
            }
            recordVerdict(criterion, verdict, measured == null ? "" : measured.strip(), evidence == null ? "" : evidence.strip(), actor);
        });
    }

    /**
     * Journals the journal's own verdict on each criterion it can measure (actor "journal"; one already
     * journalled the same is not repeated), and answers the criteria still for the facilitator to judge.
     */
    public List<CriterionMeasure> judgeMeasured() throws IOException {
        return incident.writer().call(() -> {
            DrillState drill = openDrill();
            List<CriterionMeasure> left = new ArrayList<>();
            for (CriterionMeasure m : measure()) {
                if (m.askFacilitator()) {
                    if (drill.verdict(m.criterion().id()).isEmpty()) {
                        left.add(m);
                    }
                    continue;
                }
                String measured = m.measured().orElse("");
                boolean same = drill.verdict(m.criterion().id()).filter(v -> "journal".equals(v.actor()) && v.verdict() == m.verdict().get()
                        && v.measured().equals(measured)).isPresent();
                if (!same) {
                    recordVerdict(m.criterion(), m.verdict().get(), measured, m.evidence(), "journal");
                }
            }
            return left;
        });
    }

    private void recordVerdict(SuccessCriterion criterion, Verdict verdict, String measured, String evidence, String actor)
            throws IOException {
        incident.record(EventTypes.CRITERION_JUDGED, actor, JSON.objectNode().put("criterion", criterion.id())
                .put("verdict", verdict.word()).put("measured", measured).put("target", CriterionScore.target(criterion))
                .put("evidence", evidence));
    }

    // ---- the end of the drill --------------------------------------------------------------

    /** The hot wash; ratings only for this drill's objectives. A later hot wash replaces an earlier one. */
    public void recordHotWash(HotWash hotWash, String actor) throws IOException {
        incident.onWriter(() -> {
            openDrill();
            if (hotWash == null) {
                throw new IncidentStateException("no hot wash given");
            }
            hotWash.ratings().keySet().forEach(this::objective);
            incident.record(EventTypes.HOT_WASH_RECORDED, actor, DrillEventData.hotWash(hotWash));
        });
    }

    /** Ticks one item of the drill's cleanup checklist. */
    public void tickCleanup(String itemId, String actor) throws IOException {
        incident.onWriter(() -> {
            DrillState drill = openDrill();
            List<ChecklistItem> items = playedDrill().cleanup();
            if (items.stream().noneMatch(i -> i.id().equals(itemId))) {
                throw new IncidentStateException(items.isEmpty() ? "this drill has no cleanup checklist"
                        : "no cleanup item '" + itemId + "' in this drill; it has: " + String.join(", ", items.stream().map(ChecklistItem::id).toList()));
            }
            if (drill.cleanupTicked().contains(itemId)) {
                throw new IncidentStateException("cleanup item '" + itemId + "' is already ticked");
            }
            incident.record(EventTypes.CLEANUP_TICKED, actor, JSON.objectNode().put("item", itemId));
        });
    }

    /** Closes the drill once the incident is over; with cleanup items still open, {@code reason} must say why. */
    public void close(String reason, String actor) throws IOException {
        incident.onWriter(() -> {
            DrillState drill = openDrill();
            if (!incident.state().status().isOver()) {
                throw new IncidentStateException("the incident is still running: resolve or abort it before closing the drill");
            }
            List<String> open = playedDrill().cleanup().stream().map(ChecklistItem::id).filter(id -> !drill.cleanupTicked().contains(id))
                    .toList();
            String said = reason == null ? "" : reason.strip();
            if (!open.isEmpty() && said.isEmpty()) {
                throw new IncidentStateException("cleanup items are still open (" + String.join(", ", open)
                        + "): tick them, or say why the drill closes without them");
            }
            ObjectNode data = JSON.objectNode().put("reason", said);
            open.forEach(data.putArray("openItems")::add);
            incident.record(EventTypes.DRILL_CLOSED, actor, data);
        });
    }

    // ---- checks ----------------------------------------------------------------------------

    Drill playedDrill() {
        return incident.playedDrill().orElseThrow(() -> new IncidentStateException("this incident plays no drill"));
    }

    private DrillConductor conductor() {
        return conductor.orElseThrow(() -> new IncidentStateException("this incident plays no drill"));
    }

    private DrillState drill() {
        return incident.state().drill().orElseThrow(() -> new IncidentStateException("this incident plays no drill"));
    }

    /** The drill, not closed yet. */
    DrillState openDrill() {
        DrillState drill = drill();
        if (drill.closed()) {
            throw new IncidentStateException("the drill is closed: nothing more can be done in it");
        }
        return drill;
    }

    /** The drill, not closed, in an incident still running. */
    DrillState runningDrill(String doing) {
        DrillState drill = openDrill();
        if (incident.state().status().isOver()) {
            throw new IncidentStateException("the incident is over: too late to " + doing);
        }
        return drill;
    }

    private InjectState openInject(String injectId, String doing) {
        DrillState drill = runningDrill(doing + " an inject");
        InjectState inject = known(drill, injectId);
        if (conductor().firing(injectId)) {
            throw new IncidentStateException("inject '" + injectId + "' is being fired: its change to the world is under way");
        }
        switch (inject.status()) {
            case FIRED -> throw new IncidentStateException("inject '" + injectId + "' has already fired"
                    + inject.firedAt().map(t -> " (" + DrillMeasures.offset(drill.startedAt(), t) + " into the drill)").orElse(""));
            case SKIPPED -> throw new IncidentStateException("inject '" + injectId + "' was skipped: " + inject.skipReason());
            case NOT_TRIGGERED, NOT_REACHED -> throw new IncidentStateException("inject '" + injectId + "' lapsed ("
                    + inject.status().word() + ")");
            default -> {
                // open: pending, held or due
            }
        }
        return inject;
    }

    private static InjectState known(DrillState drill, String injectId) {
        return drill.inject(injectId).orElseThrow(() -> new IncidentStateException("no inject '" + injectId + "' in this drill; it has: "
                + (drill.injects().isEmpty() ? "none" : String.join(", ", drill.injects().stream().map(InjectState::id).toList()))));
    }

    private SuccessCriterion criterion(String id) {
        Drill drill = playedDrill();
        return drill.criterion(id).orElseThrow(() -> new IncidentStateException("no success criterion '" + id + "' in drill '" + drill.id()
                + "'; it has: " + ids(drill.successCriteria().stream().map(SuccessCriterion::id).toList())));
    }

    private DrillObjective objective(String id) {
        Drill drill = playedDrill();
        return drill.objectives().stream().filter(o -> o.id().equals(id)).findFirst().orElseThrow(() -> new IncidentStateException(
                "no objective '" + id + "' in drill '" + drill.id() + "'; it has: " + ids(drill.objectives().stream().map(DrillObjective::id)
                        .toList())));
    }

    private static String ids(List<String> ids) {
        return ids.isEmpty() ? "none" : String.join(", ", ids);
    }
}
