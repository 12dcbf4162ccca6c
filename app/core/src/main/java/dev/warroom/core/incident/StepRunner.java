package dev.warroom.core.incident;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.warroom.core.plan.model.Action;
import dev.warroom.core.plan.model.Plan;
import dev.warroom.core.plan.model.ProcedureParameter;
import dev.warroom.core.plan.model.Rollback;
import dev.warroom.core.plan.model.Step;
import dev.warroom.core.plan.model.StepType;
import dev.warroom.core.plan.model.Verification;
import dev.warroom.core.plan.model.VerifyCondition;
import dev.warroom.core.plan.params.Placeholders;
import dev.warroom.core.time.DurationText;
import dev.warroom.core.world.ActionPreview;
import dev.warroom.core.world.ActionRequest;
import dev.warroom.core.world.ActionResult;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Carries a step through propose → confirm → run → verify, recording each transition before it
 * happens. Verification watches live state (the promoted replica must report primary) instead of
 * sleeping a fixed time, and gives up at the step's timeout.
 */
final class StepRunner {

    /** How the reason of a step whose manual check a person answered "no" begins. */
    static final String CHECK_FAILED = "check failed";

    /**
     * Action kinds whose success is itself a reading (an endpoint's status, a query's result, the
     * clock for a wait), so they need no verify (as the validator's StepRules allows).
     */
    private static final java.util.Set<String> SELF_CHECKING = java.util.Set.of("http.check", "sql.check", "wait");

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final int FRESH_READING_TRIES = 50;
    private static final long FRESH_READING_PAUSE_MILLIS = 20;

    private final Incident incident;
    private final IncidentSetup setup;
    private final StepRequests requests;
    private final AtomicBoolean running = new AtomicBoolean();

    StepRunner(Incident incident, Plan plan, IncidentSetup setup) {
        this.incident = incident;
        this.setup = setup;
        this.requests = new StepRequests(plan);
    }

    /** The current step and where it stands. */
    private record Current(ProcedureRun run, StepRun stepRun, Step step) {
        ObjectNode ids() {
            return JSON.objectNode().put("procedure", run.procedureId()).put("step", step.id());
        }
    }

    /** The current step with every parameter value known so far (frozen, or read now) filled in. */
    private Optional<Current> current() {
        return incident.state().activeProcedure().flatMap(run -> run.current()
                .flatMap(stepRun -> incident.stepOf(run.procedureId(), stepRun.stepId())
                        .map(step -> new Current(run, stepRun, Placeholders.fill(step, values(run))))));
    }

    private Map<String, String> values(ProcedureRun run) {
        return StepValues.all(incident, run);
    }

    /** Refuses a confirmation while a value the step needs is missing, naming each. */
    private static void requireValues(StepValues values, Current c) throws ConfirmationRefusedException {
        List<String> missing = values.missing();
        if (!missing.isEmpty()) {
            throw new ConfirmationRefusedException("step '" + c.step().id() + "' needs a value for " + String.join(", ", missing)
                    + ": give it before confirming");
        }
    }

    private Current require(String doing) {
        return current().orElseThrow(() -> new IncidentStateException("no step to " + doing + ": no procedure is running"));
    }

    /** The current step as it stands, with its dry-run preview. Reads only. */
    Optional<StepProposal> proposal() {
        return current().map(c -> {
            Previewed p = preview(c);
            Optional<String> typed = c.step().isDestructive() ? Optional.of(typedName(c.step())) : Optional.empty();
            return new StepProposal(c.run().procedureId(), c.step(), c.stepRun().status(), p.preview(), typed, p.detail(),
                    c.stepRun().attempts(), StepValues.of(incident, c.run(), c.step().id()).shown());
        });
    }

    /** On the writer: records a pending step as proposed (with its preview), then gives the proposal. */
    Optional<StepProposal> propose() throws IOException {
        Optional<Current> found = current();
        if (found.isPresent() && found.get().stepRun().status() == StepStatus.PENDING) {
            Current c = found.get();
            ObjectNode data = c.ids();
            preview(c).preview().ifPresent(p -> {
                ObjectNode shown = data.putObject("preview").put("summary", p.summary()).put("call", p.call());
                p.changes().forEach(shown.putArray("changes")::add);
            });
            incident.record(EventTypes.STEP_PROPOSED, "warroom", data);
        }
        return proposal();
    }

    private record Previewed(Optional<ActionPreview> preview, String detail) {
    }

    private Previewed preview(Current c) {
        if (c.step().action() != null) {
            try {
                return new Previewed(Optional.of(setup.dispatcher().preview(request(c.step()))), c.stepRun().detail());
            } catch (ReachRefusedException e) {
                return new Previewed(Optional.empty(), e.getMessage());
            }
        }
        return new Previewed(Optional.empty(), c.stepRun().detail());
    }

    void confirm(String actor, String typed) throws IOException, ConfirmationRefusedException {
        Current c = require("confirm");
        if (c.stepRun().status() != StepStatus.PROPOSED) {
            throw new ConfirmationRefusedException("step '" + c.step().id() + "' is " + words(c.stepRun().status())
                    + "; only a proposed step can be confirmed");
        }
        ObjectNode data = c.ids();
        StepValues values = StepValues.of(incident, c.run(), c.step().id());
        requireValues(values, c);
        if (c.step().isDestructive()) {
            String expected = typedName(c.step());
            String given = typed == null ? "" : typed.strip();
            if (!expected.equals(given)) {
                throw new ConfirmationRefusedException("destructive step '" + c.step().id() + "': type the target name '" + expected
                        + "' exactly to confirm" + (given.isEmpty() ? "" : " (you typed '" + given + "')"));
            }
            data.put("typed", given);
        }
        for (Map.Entry<ProcedureParameter, String> read : values.unfrozenReadings().entrySet()) {
            incident.recordParameter(c.run().procedureId(), read.getKey(), read.getValue(), "reading", "warroom");
        }
        incident.record(EventTypes.STEP_CONFIRMED, actor, data);
    }

    StepOutcome run(Progress progress) throws IOException, InterruptedException {
        if (!running.compareAndSet(false, true)) {
            throw new IncidentStateException("a step is already running");
        }
        try {
            // the check and the start are one writer command: nothing can skip the step in between
            Started started = incident.writer().call(() -> {
                Current now = require("run");
                if (now.stepRun().status() != StepStatus.CONFIRMED) {
                    throw new IncidentStateException("step '" + now.step().id() + "' is " + words(now.stepRun().status())
                            + "; it runs only after confirmation");
                }
                return new Started(now, incident.record(EventTypes.STEP_STARTED, "warroom", startData(now)));
            });
            Current c = started.current();
            return isAction(c) ? runAction(c, started.event(), progress) : runManual(c, progress);
        } finally {
            running.set(false);
        }
    }

    private record Started(Current current, IncidentEvent event) {
    }

    private static boolean isAction(Current c) {
        return c.step().type() == StepType.ACTION && c.step().action() != null;
    }

    private ObjectNode startData(Current c) {
        if (!isAction(c)) {
            return c.ids().put("kind", "");
        }
        Action action = c.step().action();
        ActionRequest request = request(c.step());
        ObjectNode started = c.ids().put("kind", action.kind()).put("target", request.targetName());
        request.params().forEach(started.putObject("params")::put);
        if (RecoveryPhases.measuresRpo(action.kind())) {
            lagOf(action.target()).ifPresent(lag -> started.put("lagAtStartMillis", lag.toMillis()));
        }
        if (UnknownOutcomes.sendsAMessage(action.kind())) {
            started.put(IdempotencyKeys.FIELD, IdempotencyKeys.next(incident.events(), c.run().procedureId(), c.step().id()));
        }
        return started;
    }

    private StepOutcome runManual(Current c, Progress progress) throws IOException, InterruptedException {
        String by = c.stepRun().confirmedBy().orElse("commander");
        Verification verify = c.step().verify();
        if (verify != null && verify.condition() == VerifyCondition.MANUAL_CHECK) {
            return askCheck(c);
        }
        if (verify == null || OutcomeCheck.judgedByResult(verify)) {
            if (c.step().type() == StepType.CONFIRM) {
                return succeed(c, "", "go given by " + by, Map.of(), Evidence.confirmed(by, question(c.step()), "go"));
            }
            return succeed(c, "", "done by hand, started by " + by, Map.of(),
                    Evidence.unverified("nobody checked the outcome; the plan gives this step no check"));
        }
        return watch(c, "", verify, setup.clock().now(), timeoutOf(c.step()), progress, Map.of());
    }

    /** The work is done; the incident waits for a person to say whether what the plan says to check holds. */
    private StepOutcome askCheck(Current c) throws IOException {
        String question = title(c.step().verify());
        incident.record(EventTypes.STEP_CHECK_ASKED, "warroom", c.ids().put("question", question));
        return new StepOutcome(c.step().id(), StepStatus.AWAITING_CHECK, question);
    }

    /** A person's answer to the step's manual check: "yes" succeeds as confirmed by them; "no" fails it with their words. */
    StepOutcome answerCheck(boolean holds, String words, String actor) throws IOException {
        Current c = requireAwaitingCheck();
        String question = title(c.step().verify());
        String said = words == null ? "" : words.strip();
        String answer = (holds ? "yes" : "no") + (said.isEmpty() ? "" : ": " + said);
        if (holds) {
            return succeed(c, kindOf(c.step()), "confirmed by " + actor + ": " + question + " — " + answer, Map.of(),
                    Evidence.confirmed(actor, question, answer));
        }
        incident.record(EventTypes.STEP_FAILED, actor, c.ids().put("kind", kindOf(c.step()))
                .put("reason", CHECK_FAILED + ": asked '" + question + "', " + actor + " answered " + answer)
                .put("asked", question).put("answer", answer).put("by", actor));
        return new StepOutcome(c.step().id(), StepStatus.FAILED, CHECK_FAILED + ": " + answer);
    }

    /** Nobody could check (the autopilot): the step is done, and recorded as not verified, never as met. */
    StepOutcome leaveUnchecked(String why, String actor) throws IOException {
        Current c = requireAwaitingCheck();
        String question = title(c.step().verify());
        String reason = "nobody checked '" + question + "'" + (why == null || why.isBlank() ? "" : " (" + why.strip() + ")");
        return succeed(c, kindOf(c.step()), Evidence.NOT_VERIFIED_DETAIL + reason, Map.of(), Evidence.unverified(reason));
    }

    private Current requireAwaitingCheck() {
        Current c = require("check");
        if (c.stepRun().status() != StepStatus.AWAITING_CHECK) {
            throw new IncidentStateException("step '" + c.step().id() + "' is " + words(c.stepRun().status()) + "; nothing is asked to be checked");
        }
        return c;
    }

    /**
     * "No" to a confirm step's go/no-go: recorded with the commander's words. The procedure does not
     * go on past it; the caller takes the plan's branch for a refusal when it names one.
     */
    void refuse(String reason, String actor) throws IOException {
        Current c = require("refuse");
        if (c.step().type() != StepType.CONFIRM) {
            throw new IncidentStateException("step '" + c.step().id() + "' is not a go/no-go: skip it with a reason instead");
        }
        StepStatus status = c.stepRun().status();
        if (status != StepStatus.PENDING && status != StepStatus.PROPOSED) {
            throw new IncidentStateException("step '" + c.step().id() + "' is " + words(status) + "; only a proposed go/no-go can be refused");
        }
        String said = reason == null || reason.isBlank() ? "no reason given" : reason.strip();
        incident.record(EventTypes.STEP_REFUSED, actor, c.ids().put("reason", said).put("asked", question(c.step())));
    }

    /** What a confirm step asks: its prompt, else its title. */
    private static String question(Step step) {
        return step.prompt() != null && !step.prompt().isBlank() ? step.prompt() : step.titleEn() != null ? step.titleEn() : step.title();
    }

    private static String kindOf(Step step) {
        return step.action() == null ? "" : step.action().kind();
    }

    private StepOutcome runAction(Current c, IncidentEvent start, Progress progress) throws IOException, InterruptedException {
        Instant startedAt = start.time();
        Action action = c.step().action();
        ActionRequest request = request(c.step());
        if (UnknownOutcomes.sendsAMessage(action.kind())) {
            request = request.from(IdempotencyKeys.origin(incident.events(), start.text(IdempotencyKeys.FIELD), start));
        }
        ActionResult result;
        try {
            progress.waiting(c.step().id(), "performing " + action.kind() + " on " + request.targetName());
            result = setup.dispatcher().dispatch(request);
        } catch (ReachRefusedException e) {
            return fail(c, action.kind(), e.getMessage());
        }
        if (!result.succeeded()) {
            return fail(c, action.kind(), result.detail());
        }
        Verification verify = c.step().verify();
        if (verify == null) {
            Evidence how = SELF_CHECKING.contains(action.kind())
                    ? Evidence.verified(action.target(), result.detail(), setup.clock().now())
                    : Evidence.unverified("the action reported success; the plan gives this step no check");
            return succeed(c, action.kind(), result.detail(), result.outputs(), how);
        }
        if (verify.condition() == VerifyCondition.MANUAL_CHECK) {
            return askCheck(c);
        }
        if (OutcomeCheck.judgedByResult(verify)) {
            OutcomeCheck.Verdict verdict = OutcomeCheck.fromResult(verify, result);
            return verdict.met() ? succeed(c, action.kind(), verdict.seen(), result.outputs(),
                            Evidence.verified(action.target(), verdict.seen(), setup.clock().now()))
                    : fail(c, action.kind(), "expected: " + title(verify) + "; but " + verdict.seen());
        }
        return watch(c, action.kind(), verify, startedAt, timeoutOf(c.step()), progress, result.outputs());
    }

    private StepOutcome watch(Current c, String kind, Verification verify, Instant startedAt, Duration timeout, Progress progress,
            Map<String, String> outputs) throws IOException, InterruptedException {
        Watched w = watchUntilMetOrTimedOut(c, verify, startedAt, timeout, progress, "waiting for: ");
        if (w.verdict().met()) {
            return succeed(c, kind, title(verify) + " — " + w.verdict().seen() + " after " + DurationText.human(w.waited()), outputs,
                    Evidence.verified(w.resource(), w.verdict().seen(), w.seenAt()));
        }
        return fail(c, kind, "timed out after " + DurationText.human(w.waited()) + " waiting for: " + title(verify)
                + " (last seen: " + w.verdict().seen() + ")");
    }

    /** The last verdict seen while watching, and how long after the step's start it was seen. */
    private record Watched(OutcomeCheck.Verdict verdict, Duration waited, String resource, Instant seenAt) {
    }

    /** Re-reads the verified resource every poll interval until the verification holds or the timeout has passed. */
    private Watched watchUntilMetOrTimedOut(Current c, Verification verify, Instant startedAt, Duration timeout, Progress progress,
            String waitingWords) throws IOException, InterruptedException {
        String resource = verify.resource() != null ? verify.resource()
                : c.step().action() != null ? c.step().action().target() : null;
        while (true) {
            ResourceReading reading = freshReading(resource);
            OutcomeCheck.Verdict verdict = OutcomeCheck.fromReading(verify, reading);
            Instant now = setup.clock().now();
            Duration waited = Duration.between(startedAt, now);
            if (verdict.met() || waited.compareTo(timeout) >= 0) {
                Instant seenAt = reading == null ? now : reading.observation().map(o -> o.observedAt()).orElse(now);
                return new Watched(verdict, waited, resource == null ? "" : resource, seenAt);
            }
            progress.waiting(c.step().id(), waitingWords + title(verify) + " — " + verdict.seen() + "; "
                    + DurationText.human(waited) + " of " + DurationText.human(timeout));
            Duration left = timeout.minus(waited);
            setup.clock().sleep(left.compareTo(setup.pollInterval()) < 0 ? left : setup.pollInterval());
        }
    }

    /**
     * Polls, and if the watched resource's reading predates this poll (its probe was still running for
     * another poller), polls again for a moment before incident time may pass: a verification must not
     * run out its timeout on readings that were never renewed, as it could on a fast virtual clock.
     */
    private ResourceReading freshReading(String resource) throws IOException, InterruptedException {
        Instant asked = setup.clock().now();
        ResourceReading reading = incident.poll().get(resource);
        for (int tries = 0; tries < FRESH_READING_TRIES && predates(reading, asked); tries++) {
            Thread.sleep(FRESH_READING_PAUSE_MILLIS);
            reading = incident.poll().get(resource);
        }
        return reading;
    }

    /** A reading the poll did not renew: an old observation, with no fresh failure to explain it. */
    private static boolean predates(ResourceReading reading, Instant asked) {
        boolean notRenewed = reading != null && (reading.reachable() || reading.problem().orElse("").startsWith("stale"));
        return notRenewed && reading.observation().map(o -> o.observedAt().isBefore(asked)).orElse(false);
    }

    /**
     * Watches the world for a step whose outcome a crash left unknown, until its verification holds or
     * its timeout, counted from the recorded start, has passed. A step whose outcome watching cannot
     * establish stays of unknown outcome, recorded with the words why. Nothing is run again.
     */
    StepOutcome verifyUnknown(String actor, Progress progress) throws IOException, InterruptedException {
        Current c = incident.writer().call(() -> {
            Current now = require("verify");
            if (now.stepRun().status() != StepStatus.OUTCOME_UNKNOWN) {
                throw new IncidentStateException("step '" + now.step().id() + "' is " + words(now.stepRun().status())
                        + ", not of unknown outcome");
            }
            return now;
        });
        Verification verify = c.step().verify();
        String kind = kindOf(c.step());
        if (verify != null && verify.condition() == VerifyCondition.MANUAL_CHECK) {
            return askCheck(c);
        }
        if (!UnknownOutcomes.watchable(c.step())) {
            return stillUnknown(c, kind);
        }
        Instant startedAt = c.stepRun().startedAt().orElse(setup.clock().now());
        Watched w = watchUntilMetOrTimedOut(c, verify, startedAt, timeoutOf(c.step()), progress, "verifying after resume: ");
        if (w.verdict().met()) {
            return succeed(c, kind, "verified after resume by " + actor + ": " + title(verify) + " — " + w.verdict().seen(), Map.of(),
                    Evidence.verified(w.resource(), w.verdict().seen(), w.seenAt()));
        }
        return fail(c, kind, "not verified after resume: " + title(verify) + " — " + w.verdict().seen()
                + " " + DurationText.human(w.waited()) + " after the step started; retrying needs a new confirmation");
    }

    /** Records that the step's outcome stays unknown, in words that say why it cannot be checked automatically. */
    private StepOutcome stillUnknown(Current c, String kind) throws IOException {
        String reason = UnknownOutcomes.cannotCheck(c.step());
        ObjectNode data = c.ids().put("kind", kind).put("reason", reason);
        IdempotencyKeys.last(incident.events(), c.run().procedureId(), c.step().id()).ifPresent(k -> data.put(IdempotencyKeys.FIELD, k));
        incident.record(EventTypes.STEP_OUTCOME_UNKNOWN, "warroom", data);
        return new StepOutcome(c.step().id(), StepStatus.OUTCOME_UNKNOWN, reason);
    }

    void skip(String reason, String actor) throws IOException {
        Current c = require("skip");
        if (reason == null || reason.isBlank()) {
            throw new IncidentStateException("say why the step is skipped");
        }
        if (c.stepRun().status() == StepStatus.RUNNING) {
            throw new IncidentStateException("step '" + c.step().id() + "' is running; wait for its outcome");
        }
        incident.record(EventTypes.STEP_SKIPPED, actor, c.ids().put("reason", reason.strip()));
    }

    void retry(String actor, String reason) throws IOException {
        Current c = require("retry");
        StepStatus status = c.stepRun().status();
        if (status != StepStatus.FAILED && status != StepStatus.OUTCOME_UNKNOWN && status != StepStatus.ROLLED_BACK
                && status != StepStatus.REFUSED) {
            throw new IncidentStateException("step '" + c.step().id() + "' is " + words(status) + "; only a failed, refused, rolled-back"
                    + " or unknown-outcome step can be retried");
        }
        ObjectNode data = c.ids();
        if (!reason.isBlank()) {
            data.put("reason", reason);
        }
        incident.record(EventTypes.STEP_RETRIED, actor, data);
    }

    StepOutcome rollback(String actor, Progress progress) throws IOException, InterruptedException {
        Current c = incident.writer().call(() -> {
            Current now = require("roll back");
            Rollback planned = now.step().rollback();
            if (planned == null) {
                throw new IncidentStateException("step '" + now.step().id() + "' has no rollback in the plan");
            }
            StepStatus status = now.stepRun().status();
            if (status != StepStatus.FAILED && status != StepStatus.OUTCOME_UNKNOWN) {
                throw new IncidentStateException("step '" + now.step().id() + "' is " + words(status)
                        + "; only a failed or unknown-outcome step can be rolled back");
            }
            incident.record(EventTypes.ROLLBACK_STARTED, actor, now.ids().put("rollback", title(planned)));
            return now;
        });
        Rollback rollback = c.step().rollback();
        if (rollback.action() == null) {
            incident.record(EventTypes.ROLLED_BACK, actor, c.ids().put("detail", "done by hand: " + title(rollback)));
            return new StepOutcome(c.step().id(), StepStatus.ROLLED_BACK, title(rollback));
        }
        ActionRequest request = requests.request(c.step(), rollback.action());
        try {
            progress.waiting(c.step().id(), "rolling back: " + title(rollback));
            ActionResult result = setup.dispatcher().dispatch(request);
            String type = result.succeeded() ? EventTypes.ROLLED_BACK : EventTypes.ROLLBACK_FAILED;
            incident.record(type, actor, c.ids().put("detail", result.detail()));
            return new StepOutcome(c.step().id(), result.succeeded() ? StepStatus.ROLLED_BACK : StepStatus.FAILED, result.detail());
        } catch (ReachRefusedException e) {
            incident.record(EventTypes.ROLLBACK_FAILED, actor, c.ids().put("detail", e.getMessage()));
            return new StepOutcome(c.step().id(), StepStatus.FAILED, e.getMessage());
        }
    }

    private StepOutcome succeed(Current c, String kind, String detail, Map<String, String> outputs, Evidence how) throws IOException {
        ObjectNode data = how.writeTo(c.ids().put("kind", kind).put("detail", detail));
        if (!outputs.isEmpty()) {
            outputs.forEach(data.putObject("outputs")::put);
        }
        incident.record(EventTypes.STEP_SUCCEEDED, "warroom", data);
        return new StepOutcome(c.step().id(), StepStatus.SUCCEEDED, detail);
    }

    private StepOutcome fail(Current c, String kind, String reason) throws IOException {
        incident.record(EventTypes.STEP_FAILED, "warroom", c.ids().put("kind", kind).put("reason", reason));
        return new StepOutcome(c.step().id(), StepStatus.FAILED, reason);
    }

    private Optional<Duration> lagOf(String resourceId) {
        ResourceReading reading = incident.readings().get(resourceId);
        return reading == null ? Optional.empty() : reading.observation().flatMap(o -> o.lag());
    }

    private ActionRequest request(Step step) {
        return requests.request(step, step.action());
    }

    /**
     * The name of what a destructive step changes, from the plan: its action's target, else its own
     * {@code target} resource, else its {@code changes} text. Never the step id, never an action kind.
     */
    private String typedName(Step step) {
        if (step.action() != null && step.action().target() != null) {
            return request(step).targetName();
        }
        if (step.target() != null && !step.target().isBlank()) {
            return requests.nameOf(step.target());
        }
        if (step.changes() != null && !step.changes().isBlank()) {
            return step.changes().strip();
        }
        return step.titleEn() != null ? step.titleEn() : step.title();
    }

    private static Duration timeoutOf(Step step) {
        return step.timeout() == null ? StepRequests.DEFAULT_TIMEOUT : step.timeout();
    }

    private static String title(Verification verify) {
        return verify.titleEn() != null ? verify.titleEn() : verify.title();
    }

    private static String title(Rollback rollback) {
        return rollback.titleEn() != null ? rollback.titleEn() : rollback.title();
    }

    private static String words(StepStatus status) {
        return status.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}
