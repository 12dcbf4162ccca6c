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
            case RETRY -> incident.retry(commander.name());
            case SKIP -> incident.skip(choice.reason(), commander.name());
            case ROLLBACK -> incident.rollback(commander.name(), progress);
            case ABORT -> incident.abort(choice.reason(), commander.name());
        }
    }
}
