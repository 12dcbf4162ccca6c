package dev.warroom.core.sim;

import dev.warroom.core.plan.catalog.ActionKind;
import dev.warroom.core.plan.catalog.ActionKinds;
import dev.warroom.core.plan.model.FaultKind;
import dev.warroom.core.plan.model.Resource;
import dev.warroom.core.time.DurationText;
import dev.warroom.core.world.ActionExecutor;
import dev.warroom.core.world.ActionPreview;
import dev.warroom.core.world.ActionRequest;
import dev.warroom.core.world.ActionResult;
import dev.warroom.core.world.Footprint;
import dev.warroom.core.world.Reach;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A simulated action: checks the request, then schedules its effects on the world's timelines as of
 * the moment it starts, and waits on the incident clock as long as the provider would take to answer.
 * Replaying applies the same effects as of an earlier start without waiting. Thread-safe.
 */
abstract class SimAction implements ActionExecutor {

    private static final Duration REFUSAL_TIME = Duration.ofSeconds(2);
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(30);

    protected final SimContext ctx;
    protected final ActionKind kind;

    SimAction(SimContext ctx, String kindName) {
        this.ctx = ctx;
        this.kind = ActionKinds.find(kindName).orElseThrow(() -> new IllegalStateException("unknown action kind " + kindName));
    }

    @Override
    public final Reach reach(ActionRequest request) {
        return Reach.SIMULATED;
    }

    @Override
    public final Footprint footprint(ActionRequest request) {
        return Footprint.none();
    }

    @Override
    public final ActionPreview preview(ActionRequest request) {
        Optional<String> problem = problem(request);
        if (problem.isPresent()) {
            return new ActionPreview("Cannot " + kind.description().toLowerCase(Locale.ROOT) + ": " + problem.get(),
                    "(none: the request is incomplete)", List.of(), Reach.SIMULATED);
        }
        Draft draft = draft(request);
        return new ActionPreview(draft.summary(), draft.call(), draft.changes(), Reach.SIMULATED);
    }

    @Override
    public ActionResult execute(ActionRequest request) throws InterruptedException {
        Outcome outcome = attempt(request, ctx.clock().now());
        Duration timeout = request.timeout();
        if (timeout != null && timeout.compareTo(Duration.ZERO) > 0 && outcome.providerTime().compareTo(timeout) > 0) {
            ctx.clock().sleep(timeout);
            return ActionResult.failed("no answer from the provider within " + DurationText.format(timeout)
                    + "; the change may still happen: check the live state before retrying");
        }
        ctx.clock().sleep(outcome.providerTime());
        return outcome.result();
    }

    /** Applies the action as if it had started at {@code startedAt}, without waiting. */
    ActionResult replay(ActionRequest request, Instant startedAt) {
        return attempt(request, startedAt).result();
    }

    final Outcome attempt(ActionRequest request, Instant startedAt) {
        Optional<String> problem = problem(request);
        if (problem.isPresent()) {
            return Outcome.failed(Duration.ZERO, problem.get());
        }
        synchronized (ctx.state()) {
            Optional<SimResource> target = request.target().flatMap(r -> ctx.state().resource(r.id()));
            if (target.isPresent() && callsProviderApi()) {
                Optional<Outcome> refused = refusal(target.get(), startedAt);
                if (refused.isPresent()) {
                    return refused.get();
                }
            }
            return apply(request, target, startedAt);
        }
    }

    /** Schedules the effects as of {@code startedAt}; called with the state lock held and the request checked. */
    protected abstract Outcome apply(ActionRequest request, Optional<SimResource> target, Instant startedAt);

    /** What will change, in words, and the exact call. The request has been checked. */
    protected abstract Draft draft(ActionRequest request);

    /** Whether the action goes through the target's provider API (and so fails when that API refuses). */
    protected boolean callsProviderApi() {
        return true;
    }

    protected boolean needsTarget() {
        return kind.needsTarget() && !kind.targetsChannel();
    }

    /** Request-level checks beyond the catalog's (e.g. a parameter's format). */
    protected Optional<String> paramProblem(ActionRequest request) {
        return Optional.empty();
    }

    /** A seeded duration for this action on this target started at this moment. */
    protected Duration pick(ActionRequest request, Instant startedAt, String what, Duration min, Duration max) {
        String target = request.target().map(Resource::id).or(() -> request.channel().map(c -> c.id())).orElse("-");
        return ctx.random().between(kind.name() + "|" + target + "|" + startedAt + "|" + what, min, max);
    }

    private Optional<String> problem(ActionRequest request) {
        if (!kind.name().equals(request.kind())) {
            return Optional.of("this executor performs " + kind.name() + ", not " + request.kind());
        }
        if (needsTarget() && request.target().isEmpty()) {
            return Optional.of(kind.name() + " needs a target resource (one of: " + String.join(", ", kind.targetKinds().stream().sorted().toList()) + ")");
        }
        if (request.target().isPresent() && !kind.targetKinds().isEmpty() && !kind.targetKinds().contains(request.target().get().kind())) {
            return Optional.of(kind.name() + " cannot act on " + request.target().get().id() + ": it is a " + request.target().get().kind()
                    + ", and " + kind.name() + " works on " + String.join(", ", kind.targetKinds().stream().sorted().toList()));
        }
        if (request.target().isPresent() && ctx.state().resource(request.target().get().id()).isEmpty()) {
            return Optional.of("resource '" + request.target().get().id() + "' is not part of the simulated plan");
        }
        if (kind.targetsChannel() && request.channel().isEmpty()) {
            return Optional.of(kind.name() + " needs a communication channel");
        }
        for (String param : kind.requiredParams()) {
            String value = request.params().get(param);
            if (value == null || value.isBlank()) {
                return Optional.of(kind.name() + " needs the parameter '" + param + "'");
            }
        }
        return paramProblem(request);
    }

    private Optional<Outcome> refusal(SimResource target, Instant t) {
        SimState state = ctx.state();
        if (state.regionDown(target, t).isPresent()) {
            return Optional.of(Outcome.failed(CONNECT_TIMEOUT, ProviderWords.unreachable(target)));
        }
        Optional<ScheduledFault> expired = state.fault(FaultKind.CREDENTIALS_EXPIRED, target, t);
        if (expired.isPresent()) {
            return Optional.of(Outcome.failed(REFUSAL_TIME, ProviderWords.authFailed(target, expired.get())));
        }
        Optional<ScheduledFault> throttled = state.fault(FaultKind.API_THROTTLED, target, t);
        return throttled.map(f -> Outcome.failed(REFUSAL_TIME, ProviderWords.throttled(target, f)));
    }

    /** A preview's content. */
    record Draft(String summary, String call, List<String> changes) {
    }
}
