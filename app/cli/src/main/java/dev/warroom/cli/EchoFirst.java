package dev.warroom.cli;

import dev.warroom.core.incident.Commander;
import dev.warroom.core.incident.StepProposal;
import dev.warroom.core.incident.SuggestedAnswer;
import dev.warroom.core.plan.model.DecisionNode;
import java.time.Duration;
import java.util.Optional;

/** A commander that first lets the terminal's echo print what has been recorded, so a question never comes before its timeline. */
final class EchoFirst implements Commander {

    private final Commander commander;
    private final Runnable awaitEcho;

    EchoFirst(Commander commander, Runnable awaitEcho) {
        this.commander = commander;
        this.awaitEcho = awaitEcho;
    }

    @Override
    public String name() {
        return commander.name();
    }

    @Override
    public String answer(DecisionNode node, Optional<SuggestedAnswer> suggestion, Optional<Duration> pending) {
        awaitEcho.run();
        return commander.answer(node, suggestion, pending);
    }

    @Override
    public Confirmation confirm(StepProposal proposal) {
        awaitEcho.run();
        return commander.confirm(proposal);
    }

    @Override
    public Recovery recover(StepProposal proposal) {
        awaitEcho.run();
        return commander.recover(proposal);
    }

    @Override
    public Optional<String> recovered(DecisionNode node, int round, java.util.List<String> evidence) {
        awaitEcho.run();
        return commander.recovered(node, round, evidence);
    }

    @Override
    public CheckAnswer check(StepProposal proposal, String question) {
        awaitEcho.run();
        return commander.check(proposal, question);
    }
}
