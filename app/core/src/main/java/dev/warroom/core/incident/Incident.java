package dev.warroom.core.incident;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.warroom.core.plan.model.Answer;
import dev.warroom.core.plan.model.DecisionNode;
import dev.warroom.core.plan.model.Fault;
import dev.warroom.core.plan.model.NodeType;
import dev.warroom.core.plan.model.Plan;
import dev.warroom.core.plan.model.Procedure;
import dev.warroom.core.plan.model.ProcedureParameter;
import dev.warroom.core.plan.model.SeverityTarget;
import dev.warroom.core.plan.model.Step;
import dev.warroom.core.time.DurationText;
import dev.warroom.core.world.Injection;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A running incident: walks the decision tree, runs procedures step by step, and records every
 * fact before acting on it. Its state is always the fold of its events, so a crash loses nothing
 * that was confirmed. Commander actions are recorded under the actor's name.
 *
 * <p>Threads: every event is journalled and folded on the incident's one {@link IncidentWriter}, and
 * every command's check and the events it leads to run there together. A step run may take minutes:
 * it waits on the writer's step worker and sends its events back through the writer, so notes and
 * ticks go through meanwhile. Once folded, each event is published with the state after it to the
 * observers of {@link #subscribe}; {@link #state()} reads the latest published state without a lock.
 */
public final class Incident implements AutoCloseable {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    /** How long closing waits for the writer to take the checkpoint (it may be finishing a step's events). */
    private static final long CHECKPOINT_WAIT_SECONDS = 10;

    private final Plan plan;
    private final IncidentSetup setup;
    private final IncidentFold fold;
    private final SignalEvaluator signals;
    private final StateRecorder states;
    private final StepRunner steps;
    private final Set<String> suggestionsRecorded = new HashSet<>();
    private final Object signalLock = new Object();
    private final IncidentWriter writer;
    private final SnapshotFeed feed;
    private final long sessionStartSeq;
    private final Optional<DrillConductor> drill;
    private final DrillDesk drillDesk;
    private final DrillClockControl drillClock;
    private final Optional<String> checkpointIgnored;
    private final RecordedFold recordedFold;
    private final PeriodicCheckpoints checkpoints;

    private Incident(IncidentSetup setup) {
        this.plan = setup.plan();
        this.setup = setup;
        // replay folds without publishing: observers start from the replayed state
        ResumeHistory history = ResumeHistory.replay(plan, setup.sink());
        this.fold = history.fold();
        this.checkpointIgnored = history.ignored();
        IncidentState replayed = fold.state();
        this.sessionStartSeq = replayed.lastSeq();
        this.writer = new IncidentWriter("warroom-" + plan.id());
        this.feed = new SnapshotFeed(plan, replayed, setup.sink()::readBack, SnapshotFeed.WINDOW, "warroom-" + plan.id());
        this.signals = new SignalEvaluator(plan);
        this.states = new StateRecorder(setup.live(), history.recorded(), history.events());
        this.recordedFold = new RecordedFold(history.recorded());
        history.events().forEach(recordedFold::apply);
        this.checkpoints = new PeriodicCheckpoints(plan, setup.sink(), history.checkpointSeq(), "warroom-" + plan.id());
        this.steps = new StepRunner(this, plan, setup);
        this.drill = setup.drill().map(d -> new DrillConductor(this, new InjectDispatcher(setup.dispatcher().mode(), d.injector(), plan),
                setup.clock()));
        this.drillDesk = new DrillDesk(this, drill);
        this.drillClock = new DrillClockControl(this, drillDesk, java.time.Clock.systemUTC());
    }

    /** Opens a new incident: records the mode, plan and scenario, the first view of the world, and enters the tree. */
    public static Incident open(IncidentSetup setup, String actor, String title) throws IOException {
        if (!setup.sink().isEmpty()) {
            throw new IncidentStateException("this journal already holds an incident; resume it instead");
        }
        Incident incident = new Incident(setup);
        try {
            incident.recordOpening(actor, title);
            incident.observe();
            incident.enter(incident.entryNode(), actor);
            incident.drill.ifPresent(DrillConductor::start);
            return incident;
        } catch (IOException | RuntimeException e) {
            incident.close();
            throw e;
        }
    }

    /** Resumes from the events already in the sink: steps that were running come back as outcome unknown. */
    public static Incident resume(IncidentSetup setup, String actor, long repairedBytes) throws IOException {
        if (setup.sink().isEmpty()) {
            throw new IncidentStateException("this journal holds no incident to resume");
        }
        Incident incident = new Incident(setup);
        try {
            incident.drillClock.restore();
            incident.record(EventTypes.RESUMED, actor, JSON.objectNode().put("repairedBytes", repairedBytes)
                    .put("shellAllowed", setup.dispatcher().shellAllowed()));
            incident.observe();
            if (incident.state().currentNode().isEmpty()) {
                // the crash came before the tree was entered
                incident.enter(incident.entryNode(), actor);
            } else {
                incident.settle(actor);
            }
            incident.drill.ifPresent(DrillConductor::start);
            return incident;
        } catch (IOException | RuntimeException e) {
            incident.close();
            throw e;
        }
    }

    private String entryNode() {
        return setup.scenario().map(s -> s.entry()).filter(e -> e != null).orElse(plan.decisionTree().start());
    }

    private void recordOpening(String actor, String title) throws IOException {
        ObjectNode opened = JSON.objectNode()
                .put("plan", plan.id())
                .put("system", plan.system())
                .put("title", title)
                .put("planFile", setup.planFile())
                .put("planSha256", setup.planDigest())
                .put("mode", setup.dispatcher().mode().word())
                .put("shellAllowed", setup.dispatcher().shellAllowed())
                .put("scenario", setup.scenario().map(s -> s.id()).orElse(""))
                .put("world", setup.worldName())
                .put("impactStartedAt", setup.impactStartedAt().toString())
                .put("rtoTarget", DurationText.format(setup.severity().map(SeverityTarget::rto).orElse(plan.targets().rto())))
                .put("rpoTarget", DurationText.format(setup.severity().map(SeverityTarget::rpo).orElse(plan.targets().rpo())));
        setup.severity().ifPresent(level -> opened.put("severity", level.id()));
        if (setup.dispatcher().mode() == Mode.TABLETOP) {
            // the simulated world starts as these procedures left it (a failback scenario starts failed over)
            setup.scenario().filter(s -> !s.startsAfter().isEmpty())
                    .ifPresent(s -> s.startsAfter().forEach(opened.putArray("worldStartsAfter")::add));
        }
        setup.worldSettings().forEach(opened.putObject("worldSettings")::put);
        setup.drill().ifPresent(d -> {
            opened.put("drill", d.drill().id());
            if (!Double.isInfinite(setup.clock().speed()) && setup.clock().speed() > 0) {
                opened.put("clockSpeed", setup.clock().speed());
            }
        });
        if (!setup.planText().isEmpty()) {
            opened.put("planText", setup.planText());
        }
        record(EventTypes.OPENED, actor, opened);
        if (setup.dispatcher().mode() == Mode.TABLETOP) {
            for (Fault fault : setup.scenario().map(s -> s.faults()).orElse(List.of())) {
                record(EventTypes.FAULT_INJECTED, "scenario", faultData(fault));
            }
        }
    }

    /** Records what became of a DRILL scenario's fault: brought about in the drill environment, or left to the facilitator. */
    public void recordDrillInject(Fault fault, Injection injection) throws IOException {
        record(EventTypes.FAULT_INJECTED, "drill", faultData(fault).put("injected", injection.done()).put("how", injection.words()));
    }

    static ObjectNode faultData(Fault fault) {
        ObjectNode data = JSON.objectNode()
                .put("fault", fault.fault().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'))
                .put("target", fault.target())
                .put("at", DurationText.format(fault.at() == null ? Duration.ZERO : fault.at()));
        if (fault.lasting() != null) {
            data.put("lasting", DurationText.format(fault.lasting()));
        }
        if (fault.value() != null) {
            data.put("value", fault.value());
        }
        return data;
    }

    // ---- the drill ---------------------------------------------------------------------------

    /** The facilitator's hand on the drill this incident plays (every command refused in words when it plays none). */
    public DrillDesk drillDesk() {
        return drillDesk;
    }

    /** The drill clock in the facilitator's hand. */
    public DrillClockControl drillClock() {
        return drillClock;
    }

    /** The plan's drill this incident plays, if any. */
    public Optional<dev.warroom.core.plan.model.Drill> playedDrill() {
        return setup.drill().map(PlayedDrill::drill);
    }

    Optional<DrillConductor> drillConductor() {
        return drill;
    }

    // ---- reading -------------------------------------------------------------------------

    public Plan plan() {
        return plan;
    }

    /** The state after the last event journalled and folded; never waits on the writer. */
    public IncidentState state() {
        return feed.state();
    }

    /** The last event journalled and folded (0 before any). */
    public long lastSeq() {
        return feed.latestSeq();
    }

    /** The last event that was already in the journal when this incident was opened or resumed. */
    public long sessionStartSeq() {
        return sessionStartSeq;
    }

    /**
     * Gives {@code observer} every event after {@code afterSeq}, each with the state right after it, once
     * and in order, on a delivery thread of its own; close the subscription to stop.
     */
    public SnapshotFeed.Subscription subscribe(long afterSeq, java.util.function.Consumer<IncidentSnapshot> observer) {
        return feed.subscribe(afterSeq, observer);
    }

    /** The incident's single writer: where commands go. */
    public IncidentWriter writer() {
        return writer;
    }

    public List<IncidentEvent> events() {
        return setup.sink().events();
    }

    public Mode mode() {
        return setup.dispatcher().mode();
    }

    public Instant now() {
        return setup.clock().now();
    }

    /** The incident's clock (virtual, accelerated or real time). */
    public dev.warroom.core.time.IncidentClock clock() {
        return setup.clock();
    }

    public Optional<DecisionNode> currentNode() {
        return state().currentNode().flatMap(this::node);
    }

    Optional<DecisionNode> node(String id) {
        return plan.decisionTree().nodes().stream().filter(n -> n.id().equals(id)).findFirst();
    }

    Optional<Procedure> procedure(String id) {
        return plan.procedures().stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** Polls the world now, records changes, and updates the signals. */
    public Map<String, SignalStatus> observe() throws IOException {
        return updateSignals(states.poll(this::record));
    }

    private Map<String, SignalStatus> updateSignals(Map<String, ResourceReading> readings) throws IOException {
        Map<String, Instant> unchangedSince = states.unchangedSince();
        Map<String, SignalStatus> updated;
        synchronized (signalLock) {
            updated = signals.update(readings, setup.clock().now(), unchangedSince);
        }
        if (drill.isPresent()) {
            drill.get().signalsSeen(updated);
        }
        return updated;
    }

    /** Like {@link #observe()}, but from the board's latest snapshot (for views that let the board poll on its own). */
    public Map<String, SignalStatus> observeLatest() throws IOException {
        return updateSignals(states.latest(this::record));
    }

    /** The latest readings without polling, for views. */
    public Map<String, ResourceReading> readings() {
        return states.latest();
    }

    /** Waits on the incident clock (instant on a virtual clock). */
    public void sleep(Duration duration) throws InterruptedException {
        setup.clock().sleep(duration);
    }

    Map<String, ResourceReading> poll() throws IOException {
        return states.poll(this::record);
    }

    /** The answer live signals suggest for the current question. Reads only: {@link #refreshSuggestion} records it. */
    public Optional<SuggestedAnswer> suggestion() {
        Optional<DecisionNode> node = currentNode().filter(n -> n.type() == NodeType.QUESTION);
        if (node.isEmpty()) {
            return Optional.empty();
        }
        synchronized (signalLock) {
            return signals.suggest(node.get());
        }
    }

    /** A command: the current suggestion, recorded as {@code suggested} the first time it is offered on this visit. */
    public Optional<SuggestedAnswer> refreshSuggestion() throws IOException {
        return writer.call(this::refreshSuggestionHere);
    }

    private Optional<SuggestedAnswer> refreshSuggestionHere() throws IOException {
        Optional<DecisionNode> node = currentNode().filter(n -> n.type() == NodeType.QUESTION);
        Optional<SuggestedAnswer> suggested = suggestion();
        if (node.isPresent() && suggested.isPresent()
                && suggestionsRecorded.add(visitKey(node.get().id()) + "/" + suggested.get().answer())) {
            SuggestedAnswer s = suggested.get();
            ArrayNode evidence = JSON.arrayNode();
            s.evidence().forEach(evidence::add);
            ObjectNode data = JSON.objectNode().put("node", s.node()).put("answer", s.answer()).put("signal", s.signal());
            data.set("evidence", evidence);
            record(EventTypes.SUGGESTED, "warroom", data);
        }
        return suggested;
    }

    /** How long the current question's signals still need to hold before they can suggest an answer. */
    public Optional<Duration> suggestionPendingFor() {
        Optional<DecisionNode> node = currentNode().filter(n -> n.type() == NodeType.QUESTION);
        synchronized (signalLock) {
            return node.flatMap(signals::longestPending);
        }
    }

    /** How long a more specific suggestion than the current one (listed earlier) still needs, if one is building up. */
    public Optional<Duration> strongerSuggestionPendingFor() {
        Optional<DecisionNode> node = currentNode().filter(n -> n.type() == NodeType.QUESTION);
        synchronized (signalLock) {
            return node.flatMap(signals::strongerPending);
        }
    }

    /**
     * Every suggestion of the current question and how far its signal has got, as of {@link #signalsSeenAt()}:
     * which one is offered, and which listed before it are still building up. Empty when no question is current.
     */
    public List<SuggestionProgress> suggestionProgress() {
        Optional<DecisionNode> node = currentNode().filter(n -> n.type() == NodeType.QUESTION);
        synchronized (signalLock) {
            return node.map(signals::progress).orElse(List.of());
        }
    }

    /** The incident time of the readings the signals were last judged on; empty before the first. */
    public Optional<Instant> signalsSeenAt() {
        synchronized (signalLock) {
            return signals.evaluatedAt();
        }
    }

    private String visitKey(String nodeId) {
        return nodeId + "@" + state().path().size();
    }

    // ---- decisions ------------------------------------------------------------------------

    /** The commander answers the current question; the suggestion (if any) is recorded beside the answer. */
    public void answer(String answerId, String actor) throws IOException {
        onWriter(() -> answerHere(answerId, actor));
    }

    private void answerHere(String answerId, String actor) throws IOException {
        DecisionNode node = requireNode(NodeType.QUESTION);
        Answer answer = node.answers().stream().filter(a -> a.id().equals(answerId)).findFirst()
                .orElseThrow(() -> new IncidentStateException("'" + answerId + "' is not an answer to '" + node.id() + "'"));
        Optional<SuggestedAnswer> suggested = refreshSuggestionHere();
        ObjectNode data = JSON.objectNode().put("node", node.id()).put("answer", answer.id()).put("next", answer.next());
        suggested.ifPresent(s -> {
            data.put("suggested", s.answer());
            ArrayNode evidence = data.putArray("evidence");
            s.evidence().forEach(evidence::add);
        });
        record(EventTypes.ANSWERED, actor, data);
        enter(answer.next(), actor);
    }

    /** Waits out the current wait node on the incident clock, watching the world, then moves on. A long command. */
    public void finishWait(String actor) throws IOException, InterruptedException {
        DecisionNode node = writer.call(() -> requireNode(NodeType.WAIT));
        Instant enteredAt = state().path().get(state().path().size() - 1).enteredAt();
        Duration length = node.duration() == null ? Duration.ZERO : node.duration();
        while (true) {
            Duration remaining = length.minus(Duration.between(enteredAt, setup.clock().now()));
            if (remaining.isNegative() || remaining.isZero()) {
                break;
            }
            setup.clock().sleep(untilNextPoll(remaining));
            observe();
        }
        onWriter(() -> {
            requireNode(NodeType.WAIT);
            record(EventTypes.WAIT_ENDED, actor, JSON.objectNode().put("node", node.id())
                    .put("waited", DurationText.format(length)).put("next", node.next() == null ? "" : node.next()));
            settleHere(actor);
        });
    }

    /**
     * A poll interval, or less at the end of a wait. A virtual clock moves straight on to the world's next
     * scheduled change (or the end of the wait), since nothing can change in between: a year's wait is a
     * few polls, not six million.
     */
    Duration untilNextPoll(Duration remaining) {
        Duration step = remaining.compareTo(setup.pollInterval()) < 0 ? remaining : setup.pollInterval();
        if (!Double.isInfinite(setup.clock().speed())) {
            return step;
        }
        Instant now = setup.clock().now();
        return setup.live().nextScheduledChange(now)
                .map(next -> next.isAfter(now.plus(remaining)) ? remaining : Duration.between(now, next))
                .filter(untilChange -> untilChange.compareTo(step) > 0)
                .orElse(step);
    }

    /**
     * Reassesses the current reassess node until it is left: a round every period from entry, each waiting on the
     * incident clock (jumping on a virtual one), polling the world and judging the node's {@code until} signal;
     * recovered goes to {@code recovered}, the round at the limit to {@code next}. A long command like
     * {@link #finishWait}; nobody is asked, so a person says recovered with {@link #declareRecovered}. Empty when
     * something else left the node meanwhile.
     */
    public Optional<ReassessExit> reassess(String actor) throws IOException, InterruptedException {
        return new Reassessment(this).run(actor, Optional.empty());
    }

    /** As {@link #reassess(String)}, asking {@code commander} at each round its signal does not settle. */
    public Optional<ReassessExit> reassess(String actor, Commander commander) throws IOException, InterruptedException {
        return new Reassessment(this).run(actor, Optional.of(commander));
    }

    /**
     * A person says the current reassess node has recovered, in their words: it is left by {@code recovered} at
     * once, and the journal names them as the one who confirmed it.
     */
    public void declareRecovered(String words, String actor) throws IOException {
        new Reassessment(this).declare(words, actor);
    }

    DecisionNode requireNode(NodeType type) {
        IncidentState state = state();
        if (state.status() != IncidentStatus.DECIDING) {
            throw new IncidentStateException("the incident is " + state.status().name().toLowerCase(java.util.Locale.ROOT)
                    + ", not at a decision");
        }
        DecisionNode node = currentNode().orElseThrow(() -> new IncidentStateException("no current decision"));
        if (node.type() != type) {
            throw new IncidentStateException("'" + node.id() + "' is a " + node.type().name().toLowerCase(java.util.Locale.ROOT)
                    + " node, not a " + type.name().toLowerCase(java.util.Locale.ROOT));
        }
        return node;
    }

    private void enter(String nodeId, String actor) throws IOException {
        onWriter(() -> {
            record(EventTypes.NODE_ENTERED, actor, JSON.objectNode().put("node", nodeId));
            settleHere(actor);
        });
    }

    /** Takes the automatic transitions that are due: follow a recorded answer, start or complete a procedure, leave a node, resolve. */
    void settle(String actor) throws IOException {
        onWriter(() -> settleHere(actor));
    }

    private void settleHere(String actor) throws IOException {
        while (true) {
            IncidentState state = state();
            if (state.status().isOver()) {
                return;
            }
            if (judgeNextCondition(state)) {
                continue;
            }
            Optional<DecisionNode> node = currentNode();
            switch (state.pending()) {
                case START_PROCEDURE -> {
                    DecisionNode n = node.orElseThrow();
                    record(EventTypes.PROCEDURE_STARTED, actor, JSON.objectNode().put("procedure", n.procedure()).put("node", n.id()));
                }
                case ENTER_ANSWER -> {
                    PathEntry answered = state.path().get(state.path().size() - 1);
                    String next = node.flatMap(n -> n.answers().stream().filter(a -> answered.answer().orElse("").equals(a.id()))
                            .findFirst()).map(Answer::next).orElseThrow(() -> new IncidentStateException(
                                    "the recorded answer to '" + answered.node() + "' is not in the plan"));
                    record(EventTypes.NODE_ENTERED, actor, JSON.objectNode().put("node", next));
                }
                case COMPLETE_PROCEDURE -> {
                    ProcedureRun run = state.procedures().get(state.procedures().size() - 1);
                    record(EventTypes.PROCEDURE_COMPLETED, actor, JSON.objectNode().put("procedure", run.procedureId()));
                }
                case LEAVE_NODE -> {
                    String next = node.filter(n -> n.type() == NodeType.REASSESS).isPresent()
                            ? state.reassess().flatMap(ReassessProgress::exitTo).orElse(null)
                            : node.map(DecisionNode::next).orElse(null);
                    if (next == null || next.isBlank() || node.get().type() == NodeType.END) {
                        String summary = node.map(n -> n.titleEn() != null ? n.titleEn() : n.title()).orElse("");
                        record(EventTypes.RESOLVED, actor, JSON.objectNode().put("summary", summary));
                    } else {
                        record(EventTypes.NODE_ENTERED, actor, JSON.objectNode().put("node", next));
                    }
                }
                case NONE -> {
                    return;
                }
            }
        }
    }

    // ---- parameters and conditions ----------------------------------------------------------

    /**
     * Judges the {@code when:} of the active procedure's next step if it has one not judged yet: records
     * {@code step.condition}, and a step that does not apply as skipped ("condition not met: …"). True when it recorded.
     */
    private boolean judgeNextCondition(IncidentState state) throws IOException {
        Optional<ProcedureRun> run = state.activeProcedure();
        Optional<StepRun> next = run.flatMap(ProcedureRun::current);
        if (next.isEmpty() || next.get().status() != StepStatus.PENDING || run.get().judged().contains(next.get().stepId())) {
            return false;
        }
        Optional<Step> step = stepOf(run.get().procedureId(), next.get().stepId()).filter(s -> s.when() != null);
        if (step.isEmpty()) {
            return false;
        }
        Map<String, ResourceReading> readings = poll();
        Map<String, String> values = procedure(run.get().procedureId())
                .map(p -> ParameterValues.current(p, run.get(), readings)).orElse(Map.of());
        StepConditions.Judgement judged;
        synchronized (signalLock) {
            judged = StepConditions.judge(step.get().when(), run.get(), readings, signals::status, values);
        }
        ObjectNode ids = JSON.objectNode().put("procedure", run.get().procedureId()).put("step", step.get().id());
        record(EventTypes.STEP_CONDITION, "warroom", ids.deepCopy().put("applies", judged.applies()).put("because", judged.because()));
        if (!judged.applies()) {
            record(EventTypes.STEP_SKIPPED, "warroom", ids.put("reason", CONDITION_NOT_MET + judged.because()));
        }
        return true;
    }

    /** How the reason of a step passed over by its {@code when:} begins. */
    public static final String CONDITION_NOT_MET = "condition not met: ";

    /** The values frozen so far for the active procedure's parameters, by parameter id. */
    public Map<String, String> parameters() {
        return state().activeProcedure().map(ProcedureRun::parameters).orElse(Map.of());
    }

    /**
     * The values the active procedure still needs from a person: its asked parameters not given yet, and the
     * reading parameters its next step uses for which there is no reading. Reads only.
     */
    public List<ParameterRequest> missingParameters() {
        Optional<ProcedureRun> run = state().activeProcedure();
        if (run.isEmpty()) {
            return List.of();
        }
        Optional<Step> current = run.get().current().flatMap(s -> stepOf(run.get().procedureId(), s.stepId()));
        return procedure(run.get().procedureId())
                .map(p -> ParameterValues.missing(p, run.get(), current, readings())).orElse(List.of());
    }

    /** A person gives a parameter's value: checked against the plan's pattern, journalled as asked, never changed later. */
    public void setParameter(String procedureId, String parameterId, String value, String actor) throws IOException {
        setParameter(procedureId, parameterId, value, "asked", actor);
    }

    /**
     * Gives a parameter's value with where it came from ({@code asked}, {@code default} or {@code reading}); refused
     * in words when the procedure is not running, the parameter is not its own, the value does not fit, or it was
     * already given.
     */
    public void setParameter(String procedureId, String parameterId, String value, String source, String actor) throws IOException {
        onWriter(() -> {
            ProcedureRun run = state().activeProcedure().filter(r -> r.procedureId().equals(procedureId))
                    .orElseThrow(() -> new IncidentStateException("procedure '" + procedureId + "' is not running"));
            ProcedureParameter parameter = procedure(procedureId).flatMap(p -> p.parameters().stream()
                    .filter(pp -> pp.id().equals(parameterId)).findFirst())
                    .orElseThrow(() -> new IncidentStateException("procedure '" + procedureId + "' has no parameter '" + parameterId + "'"));
            Optional<String> frozen = run.parameter(parameterId);
            if (frozen.isPresent()) {
                throw new IncidentStateException("parameter '" + parameterId + "' is already set to '" + frozen.get() + "'");
            }
            Optional<String> problem = ParameterValues.problem(parameter, value);
            if (problem.isPresent()) {
                throw new IncidentStateException(problem.get());
            }
            recordParameter(procedureId, parameter, value.strip(), source, actor);
        });
    }

    void recordParameter(String procedureId, ProcedureParameter parameter, String value, String source, String actor) throws IOException {
        ObjectNode data = JSON.objectNode().put("procedure", procedureId).put("parameter", parameter.id()).put("value", value)
                .put("source", source);
        if (parameter.from() == dev.warroom.core.plan.model.ParameterSource.READING && parameter.resource() != null) {
            data.put("resource", parameter.resource()).put("attribute", parameter.attribute());
            ResourceReading reading = readings().get(parameter.resource());
            if (reading != null) {
                reading.observation().ifPresent(o -> data.put("observedAt", o.observedAt().toString()));
            }
        }
        record(EventTypes.PARAMETER_SET, actor, data);
    }

    // ---- steps (see StepRunner) -----------------------------------------------------------

    /** The current step of the active procedure, with its dry-run preview. Reads only: {@link #propose} records it. */
    public Optional<StepProposal> proposal() {
        return steps.proposal();
    }

    /** A command: the current step's proposal, recorded as {@code step.proposed} the first time it is offered. */
    public Optional<StepProposal> propose() throws IOException {
        return writer.call(steps::propose);
    }

    /** Confirms the proposed step; destructive steps need the target's name typed exactly. */
    public void confirm(String actor, String typed) throws IOException, ConfirmationRefusedException {
        try {
            onWriter(() -> steps.confirm(actor, typed));
        } catch (IOException e) {
            if (e.getCause() instanceof ConfirmationRefusedException refused) {
                throw refused;
            }
            throw e;
        }
    }

    /** Runs the confirmed step and watches until its outcome holds or its timeout passes. */
    public StepOutcome run(Progress progress) throws IOException, InterruptedException {
        StepOutcome outcome = steps.run(progress);
        settle(outcomeActor());
        return outcome;
    }

    /**
     * For a step whose outcome is unknown after a crash: watches the world until its verification
     * holds or its timeout (from the recorded start) has passed. It never runs the step again.
     */
    public StepOutcome verifyUnknownOutcome(String actor, Progress progress) throws IOException, InterruptedException {
        StepOutcome outcome = steps.verifyUnknown(actor, progress);
        settle(actor);
        return outcome;
    }

    public void skip(String reason, String actor) throws IOException {
        onWriter(() -> {
            steps.skip(reason, actor);
            settleHere(actor);
        });
    }

    /**
     * A person's answer to the current step's manual check (the plan's {@code verify: manual-check}):
     * "yes" marks the step done as confirmed by them, "no" fails it with their words.
     */
    public StepOutcome answerCheck(boolean holds, String words, String actor) throws IOException {
        return writer.call(() -> {
            StepOutcome outcome = steps.answerCheck(holds, words, actor);
            settleHere(actor);
            return outcome;
        });
    }

    /** Nobody can check the current step (the autopilot): it is done, recorded as not verified. */
    public StepOutcome leaveUnchecked(String why, String actor) throws IOException {
        return writer.call(() -> {
            StepOutcome outcome = steps.leaveUnchecked(why, actor);
            settleHere(actor);
            return outcome;
        });
    }

    /**
     * "No" to the current go/no-go. Without an {@code onRefuse} in the plan the procedure stops at
     * the step (refused: retry, skip or abort); with one, the procedure is left and the incident
     * goes to that decision node. It never falls through to the next step.
     */
    public void refuse(String reason, String actor) throws IOException {
        onWriter(() -> {
            StepProposal proposal = steps.proposal()
                    .orElseThrow(() -> new IncidentStateException("no step to refuse: no procedure is running"));
            steps.refuse(reason, actor);
            String branch = proposal.step().onRefuse();
            if (branch != null && !branch.isBlank()) {
                record(EventTypes.PROCEDURE_COMPLETED, actor, JSON.objectNode().put("procedure", proposal.procedureId())
                        .put("refused", proposal.step().id()).put("branch", branch));
                record(EventTypes.NODE_ENTERED, actor, JSON.objectNode().put("node", branch));
                settleHere(actor);
            }
        });
    }

    public void retry(String actor) throws IOException {
        retry(actor, "");
    }

    /**
     * Records that the plan this incident opened on failed the checks that ran after it opened: the problems the commander
     * was shown, at most {@value #SHOWN_PROBLEMS} of them word for word and how many there were. Its dispatcher already
     * refuses every action of the plan; this puts that in the timeline and the report.
     */
    public void planChecksFailed(List<String> problems) throws IOException {
        ObjectNode data = JSON.objectNode().put("count", problems.size());
        ArrayNode shown = data.putArray("problems");
        problems.stream().limit(SHOWN_PROBLEMS).forEach(shown::add);
        record(EventTypes.PLAN_CHECKS_FAILED, "warroom", data);
    }

    private static final int SHOWN_PROBLEMS = 20;

    /** Retries the failed step; {@code reason} (may be empty) is journalled with the retry. */
    public void retry(String actor, String reason) throws IOException {
        onWriter(() -> steps.retry(actor, reason));
    }

    public StepOutcome rollback(String actor, Progress progress) throws IOException, InterruptedException {
        return steps.rollback(actor, progress);
    }

    private String outcomeActor() {
        return "warroom";
    }

    // ---- the rest of the commander's hand -------------------------------------------------

    public void abort(String reason, String actor) throws IOException {
        onWriter(() -> abortHere(reason, actor));
    }

    private void abortHere(String reason, String actor) throws IOException {
        if (reason == null || reason.isBlank()) {
            throw new IncidentStateException("say why the incident is aborted");
        }
        if (state().status().isOver()) {
            throw new IncidentStateException("the incident is already over");
        }
        record(EventTypes.ABORTED, actor, JSON.objectNode().put("reason", reason.strip()));
    }

    public void tick(String checklistId, String itemId, String actor) throws IOException {
        onWriter(() -> tickHere(checklistId, itemId, actor));
    }

    private void tickHere(String checklistId, String itemId, String actor) throws IOException {
        boolean exists = plan.checklists().stream().filter(c -> c.id().equals(checklistId))
                .anyMatch(c -> c.items().stream().anyMatch(i -> i.id().equals(itemId)));
        if (!exists) {
            throw new IncidentStateException("no checklist item '" + checklistId + "/" + itemId + "'");
        }
        if (state().isTicked(checklistId, itemId)) {
            throw new IncidentStateException("'" + checklistId + "/" + itemId + "' is already ticked");
        }
        record(EventTypes.CHECKLIST_TICKED, actor, JSON.objectNode().put("checklist", checklistId).put("item", itemId));
    }

    public void note(NoteKind kind, String text, String actor) throws IOException {
        if (text == null || text.isBlank()) {
            throw new IncidentStateException("a note needs some text");
        }
        // a note needs no check against the state, so it goes straight to the writer's queue
        record(EventTypes.NOTE_ADDED, actor, JSON.objectNode().put("kind", kind.word()).put("text", text.strip()));
    }

    /**
     * Records an entry of the report's author (a field, or a cell of a table's row). It needs no check
     * against the state: the author may write while the incident runs, and after it ended.
     */
    public void setReportField(ReportFieldEntry entry, String actor) throws IOException {
        record(EventTypes.REPORT_FIELD_SET, actor, Objects.requireNonNull(entry, "entry").toData());
    }

    // ---- recording ------------------------------------------------------------------------

    /**
     * Records durably, then folds, then publishes the event with the state after it, all on the writer:
     * the engine acts on a fact only after it is on disk, and no observer sees it before it is folded.
     */
    IncidentEvent record(String type, String actor, ObjectNode data) throws IOException {
        return writer.call(() -> {
            IncidentEvent event = setup.sink().record(type, actor, data);
            fold.apply(event);
            recordedFold.apply(event);
            feed.publish(new IncidentSnapshot(event, fold.state()));
            if (checkpoints.due(event.seq())) {
                checkpoints.offer(takeCheckpoint());
            }
            if (drill.isPresent()) {
                drill.get().afterRecorded(event);
            }
            return event;
        });
    }

    /** Work whose checks and events must not be split by another command. */
    @FunctionalInterface
    interface WriterWork {
        void run() throws Exception;
    }

    /** Runs {@code work} on the writer (at once if already there). */
    void onWriter(WriterWork work) throws IOException {
        writer.call(() -> {
            work.run();
            return null;
        });
    }

    /** Stops the writer (commands not taken yet are told so) and every observer's delivery. */
    @Override
    public void close() {
        drill.ifPresent(DrillConductor::close);
        writeCheckpoint();
        writer.close();
        feed.close();
    }

    /** Why the journal's checkpoint was not used on resuming, when there was one and it was not. */
    public Optional<String> checkpointIgnored() {
        return checkpointIgnored;
    }

    /** The fold and the recorder's memory after the last event, as a checkpoint keeps them (on the writer only). */
    private PeriodicCheckpoints.Taken takeCheckpoint() {
        return new PeriodicCheckpoints.Taken(fold.state().lastSeq(), fold.snapshot(), recordedFold.recorded());
    }

    /** The incident's checkpoints: how far the last one written reaches. */
    PeriodicCheckpoints checkpoints() {
        return checkpoints;
    }

    /**
     * Keeps the fold as it is now as the journal's checkpoint, so that the next resume folds only the events after
     * it: the snapshot is taken on the writer, between events, and written on the checkpoint thread, which closing
     * waits for. A checkpoint that cannot be written costs the next resume time, nothing else, so it is only logged.
     */
    private void writeCheckpoint() {
        if (!writer.isClosed()) {
            try {
                if (writer.onWriter()) {
                    offerFinalCheckpoint();
                } else {
                    writer.submit(() -> {
                        offerFinalCheckpoint();
                        return null;
                    }).get(CHECKPOINT_WAIT_SECONDS, java.util.concurrent.TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (Exception e) {
                System.getLogger(Incident.class.getName()).log(System.Logger.Level.WARNING,
                        "the journal's checkpoint was not taken (the next resume folds from the last one): " + e.getMessage());
            }
        }
        try {
            checkpoints.finish(CHECKPOINT_WAIT_SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void offerFinalCheckpoint() {
        if (fold.state().lastSeq() > checkpoints.writtenSeq()) {
            checkpoints.keepForFinish(takeCheckpoint());
        }
    }

    Optional<Step> stepOf(String procedureId, String stepId) {
        return procedure(procedureId).flatMap(p -> p.steps().stream().filter(s -> s.id().equals(stepId)).findFirst());
    }
}
