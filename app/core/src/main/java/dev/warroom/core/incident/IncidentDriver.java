package dev.warroom.core.incident;

import dev.warroom.core.plan.model.DecisionNode;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

/**
 * Runs an incident to its end by asking a {@link Commander} at each decision, confirmation and
 * failure. The same loop serves the terminal, scripted answers and the autopilot.
 */
public final class IncidentDriver {

    private final Incident incident;
    private final Commander commander;
    private final Progress progress;
    private final Duration signalPatience;

    /**
     * @param signalPatience how long the driver keeps watching for a pending signal before asking the
     *                       commander without a suggestion
     */
    public IncidentDriver(Incident incident, Commander commander, Progress progress, Duration signalPatience) {
        this.incident = incident;
        this.commander = commander;
        this.progress = progress;
        this.signalPatience = signalPatience;
    }

    public IncidentState runToEnd() throws IOException, InterruptedException {
        while (true) {
            IncidentState state = incident.state();
            if (state.status().isOver()) {
                return state;
            }
            if (state.status() == IncidentStatus.RECOVERING) {
                step();
            } else {
                decide();
            }
        }
    }

    private void decide() throws IOException, InterruptedException {
        DecisionNode node = incident.currentNode().orElseThrow(() -> new IncidentStateException("no current decision"));
        switch (node.type()) {
            case QUESTION -> {
                incident.observe();
                Optional<SuggestedAnswer> suggestion = awaitSuggestion();
                String answer = commander.answer(node, suggestion, incident.suggestionPendingFor());
                incident.answer(answer, commander.name());
            }
            case WAIT -> incident.finishWait(commander.name());
            case REASSESS -> incident.reassess(commander.name(), commander);
            default -> incident.settle(commander.name());
        }
    }

    /**
     * Watches the world while a signal is building up, up to the driver's patience — also while a
     * more specific suggestion (listed earlier) may still replace the one on offer.
     */
    private Optional<SuggestedAnswer> awaitSuggestion() throws IOException, InterruptedException {
        Duration watched = Duration.ZERO;
        while (true) {
            Optional<SuggestedAnswer> suggestion = incident.refreshSuggestion();
            Optional<Duration> pending = suggestion.isPresent() ? incident.strongerSuggestionPendingFor()
                    : incident.suggestionPendingFor();
            if (pending.isEmpty() || watched.compareTo(signalPatience) >= 0) {
                return suggestion;
            }
            Duration pause = pending.get().compareTo(Duration.ofSeconds(15)) < 0 ? pending.get() : Duration.ofSeconds(15);
            progress.waiting("", "watching live signals: " + incident.currentNode().map(DecisionNode::id).orElse("")
                    + " may be answered in " + dev.warroom.core.time.DurationText.format(pending.get()));
            incident.sleep(pause);
            watched = watched.plus(pause);
            incident.observe();
        }
    }

    private void step() throws IOException, InterruptedException {
        if (!giveParameters()) {
            return;
        }
        Optional<StepProposal> found = incident.propose();
        if (found.isEmpty()) {
            incident.settle(commander.name());
            return;
        }
        StepProposal proposal = found.get();
        switch (proposal.status()) {
            case PENDING, PROPOSED -> {
                Commander.Confirmation confirmation = commander.confirm(proposal);
                if (confirmation.refused()) {
                    incident.refuse(confirmation.reason(), commander.name());
                    return;
                }
                if (!confirmation.go()) {
                    incident.skip(confirmation.reason(), commander.name());
                    return;
                }
                try {
                    incident.confirm(commander.name(), confirmation.typed());
                } catch (ConfirmationRefusedException refused) {
                    progress.waiting(proposal.step().id(), refused.getMessage());
                    return;
                }
                incident.run(progress);
            }
            case CONFIRMED -> incident.run(progress);
            case AWAITING_CHECK -> check(proposal);
            case FAILED, REFUSED, OUTCOME_UNKNOWN, ROLLED_BACK -> recover(proposal);
            default -> throw new IncidentStateException("step '" + proposal.step().id() + "' is " + proposal.status());
        }
    }

    /**
     * Asks the commander for every value the procedure still needs (its asked parameters when it starts, a
     * reading parameter with no reading when a step using it comes up). Without an answer, or with one the
     * engine refuses, the incident is aborted in words naming the parameter. False when it was aborted.
     */
    private boolean giveParameters() throws IOException {
        for (ParameterRequest request : incident.missingParameters()) {
            String named = "parameter '" + request.parameter().id() + "' of procedure '" + request.procedureId() + "'";
            Optional<String> value = commander.parameter(request);
            if (value.isEmpty() || value.get().isBlank()) {
                incident.abort(commander.name() + ": no value for " + named + ": the plan gives no default"
                        + (request.parameter().from() == dev.warroom.core.plan.model.ParameterSource.READING ? " and there is no reading" : "")
                        + ", so a person must give it", commander.name());
                return false;
            }
            String given = value.get().strip();
            String source = request.reading().filter(given::equals).isPresent() ? "reading"
                    : request.defaultValue().filter(given::equals).isPresent() ? "default" : "asked";
            try {
                incident.setParameter(request.procedureId(), request.parameter().id(), given, source, commander.name());
            } catch (IncidentStateException refused) {
                incident.abort(commander.name() + ": " + named + " refused: " + refused.getMessage(), commander.name());
                return false;
            }
        }
        return true;
    }

    private void check(StepProposal proposal) throws IOException {
        Commander.CheckAnswer answer = commander.check(proposal, proposal.detail());
        switch (answer.kind()) {
            case HOLDS -> incident.answerCheck(true, answer.words(), answer.by().isBlank() ? commander.name() : answer.by());
            case FAILS -> incident.answerCheck(false, answer.words(), answer.by().isBlank() ? commander.name() : answer.by());
            case CANNOT_CHECK -> incident.leaveUnchecked(answer.words(), commander.name());
        }
    }

    private void recover(StepProposal proposal) throws IOException, InterruptedException {
        Commander.Recovery choice = commander.recover(proposal);
        switch (choice.choice()) {
            case VERIFY -> incident.verifyUnknownOutcome(commander.name(), progress);
            case RETRY -> retry(proposal, choice);
            case SKIP -> incident.skip(choice.reason(), commander.name());
            case ROLLBACK -> incident.rollback(commander.name(), progress);
            case ABORT -> incident.abort(choice.reason(), commander.name());
        }
    }

    private void retry(StepProposal proposal, Commander.Recovery choice) throws IOException, InterruptedException {
        if (!choice.waitFirst().isZero() && !choice.waitFirst().isNegative()) {
            progress.waiting(proposal.step().id(), choice.reason());
            incident.sleep(choice.waitFirst());
        }
        incident.retry(commander.name(), choice.reason());
    }
}
