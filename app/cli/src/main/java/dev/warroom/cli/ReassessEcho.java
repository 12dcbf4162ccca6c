package dev.warroom.cli;

import dev.warroom.core.incident.EventTypes;
import dev.warroom.core.incident.IncidentEvent;
import dev.warroom.core.plan.model.DecisionNode;
import dev.warroom.core.plan.model.NodeType;
import dev.warroom.core.plan.model.Plan;
import dev.warroom.core.time.DurationText;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * The line under a reassess round in the terminal: when the next round is due and when the limit is, or
 * that this round was the last. Rounds fall on the node's schedule (every period from entry, the last at
 * the limit), so the round's number and time give both.
 */
final class ReassessEcho {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC);

    private final Plan plan;

    ReassessEcho(Plan plan) {
        this.plan = plan;
    }

    Optional<String> after(IncidentEvent e) {
        if (!EventTypes.REASSESS_CHECKED.equals(e.type()) || e.data().path("recovered").asBoolean()) {
            return Optional.empty();
        }
        Optional<DecisionNode> node = plan.decisionTree().nodes().stream()
                .filter(n -> n.id().equals(e.text("node")) && n.type() == NodeType.REASSESS && n.every() != null && n.limit() != null)
                .findFirst();
        if (node.isEmpty() || node.get().every().isZero()) {
            return Optional.empty();
        }
        int round = e.data().path("round").asInt();
        Duration every = node.get().every();
        Instant entered = e.time().minus(every.multipliedBy(round));
        Instant limit = entered.plus(node.get().limit());
        if (!e.time().isBefore(limit)) {
            return Optional.of("    limit of " + DurationText.human(node.get().limit()) + " reached at " + CLOCK.format(limit));
        }
        Instant next = e.time().plus(every).isAfter(limit) ? limit : e.time().plus(every);
        return Optional.of("    next round in " + DurationText.human(Duration.between(e.time(), next)) + " (" + CLOCK.format(next)
                + "), limit at " + CLOCK.format(limit));
    }
}
