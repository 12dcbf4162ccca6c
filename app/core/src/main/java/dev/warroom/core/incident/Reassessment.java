package dev.warroom.core.incident;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.warroom.core.plan.model.DecisionNode;
import dev.warroom.core.plan.model.NodeType;
import dev.warroom.core.world.Health;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rounds of a reassess node. Each round waits on the incident clock until it is due, polls the world,
 * judges the node's {@code until} signal (satisfied means recovered), asks a person where one is asked, and
 * journals the round; the node is left by {@code recovered} once recovered, or by {@code next} after the round
 * at its limit. A person may also say recovered between rounds ({@link #declare}). The waiting happens on the
 * caller's thread; every check and record goes through the incident's writer.
 */
final class Reassessment {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    static final String ENGINE = "warroom";

    private final Incident incident;

    Reassessment(Incident incident) {
        this.incident = incident;
    }

    /**
     * Holds rounds until the node is left, and says how; empty when something else left it meanwhile (a person's
     * declaration through another command, an abort). {@code asking} is asked at each round its signal does not settle.
     */
    Optional<ReassessExit> run(String actor, Optional<Commander> asking) throws IOException, InterruptedException {
        Visit visit = incident.writer().call(() -> {
            DecisionNode node = incident.requireNode(NodeType.REASSESS);
            return new Visit(node, incident.state().path().size());
        });
        while (true) {
            Optional<ReassessExit> settled = leaveIfDecided(visit, actor);
            if (settled.isPresent() || !stillAt(visit)) {
                return settled;
            }
            ReassessProgress progress = incident.state().reassess().orElseThrow();
            int round = progress.nextRound(incident.now());
            if (!waitUntil(visit, progress.roundAt(round))) {
                return Optional.empty();
            }
            Map<String, SignalStatus> signals = incident.observe();
            Judgement judged = judge(visit.node(), signals);
            Optional<String> words = judged.recovered() ? Optional.empty()
                    : asking.flatMap(c -> c.recovered(visit.node(), round, judged.evidence())).filter(w -> !w.isBlank());
            String by = asking.map(Commander::name).orElse(actor);
            Optional<ReassessExit> exit = incident.writer().call(() -> recordRound(visit, round, judged, words, by));
            if (exit.isPresent() || !stillAt(visit)) {
                return exit;
            }
        }
    }

    /** A person says the situation has recovered, in their words: the node is left by {@code recovered} at once. */
    void declare(String words, String actor) throws IOException {
        incident.onWriter(() -> {
            DecisionNode node = incident.requireNode(NodeType.REASSESS);
            if (words == null || words.isBlank()) {
                throw new IncidentStateException("say what shows it has recovered");
            }
            ended(node, ReassessExit.RECOVERED, actor, Optional.of(words.strip()), Optional.empty());
        });
    }

    private record Visit(DecisionNode node, int pathLength) {
    }

    private record Judgement(boolean recovered, List<String> evidence) {
    }

    private boolean stillAt(Visit visit) {
        IncidentState state = incident.state();
        return !state.status().isOver() && state.path().size() == visit.pathLength()
                && state.reassess().filter(r -> r.exit().isEmpty()).isPresent();
    }

    /** After a crash between a round and the node's exit: leaves as that round decided. */
    private Optional<ReassessExit> leaveIfDecided(Visit visit, String actor) throws IOException {
        return incident.writer().call(() -> {
            if (!stillAt(visit)) {
                return Optional.<ReassessExit>empty();
            }
            ReassessProgress progress = incident.state().reassess().orElseThrow();
            Optional<ReassessRound> last = progress.lastRound();
            if (last.filter(ReassessRound::recovered).isPresent()) {
                return Optional.of(ended(visit.node(), ReassessExit.RECOVERED, ENGINE, Optional.empty(), signalOf(visit.node())));
            }
            if (last.filter(r -> r.round() >= progress.finalRound()).isPresent()) {
                return Optional.of(ended(visit.node(), ReassessExit.LIMIT, ENGINE, Optional.empty(), Optional.empty()));
            }
            return Optional.<ReassessExit>empty();
        });
    }

    /** Waits on the incident clock, polling, until {@code due}; false if the node was left meanwhile. */
    private boolean waitUntil(Visit visit, Instant due) throws IOException, InterruptedException {
        while (stillAt(visit)) {
            Duration remaining = Duration.between(incident.now(), due);
            if (remaining.isNegative() || remaining.isZero()) {
                return true;
            }
            incident.sleep(incident.untilNextPoll(remaining));
            if (incident.now().isBefore(due)) {
                incident.observe();
            }
        }
        return false;
    }

    private Judgement judge(DecisionNode node, Map<String, SignalStatus> signals) {
        List<String> evidence = new ArrayList<>();
        if (node.until() == null) {
            evidence.addAll(worldInWords());
            return new Judgement(false, evidence);
        }
        SignalStatus status = signals.get(node.until());
        boolean recovered = status != null && status.satisfied();
        evidence.add("signal '" + node.until() + "' " + (recovered ? "is satisfied" : "is not satisfied yet"));
        if (status != null) {
            evidence.addAll(status.evidence());
        }
        return new Judgement(recovered, evidence);
    }

    /** Without a signal to judge by: what is unreachable or unwell now, for the person asked. */
    private List<String> worldInWords() {
        List<String> out = new ArrayList<>();
        for (ResourceReading reading : incident.readings().values()) {
            if (!reading.reachable()) {
                out.add(reading.resourceId() + ": " + reading.problem().orElse("unreachable"));
            } else {
                reading.observation().filter(o -> o.health() != Health.UP)
                        .ifPresent(o -> out.add(reading.resourceId() + ": " + o.health().name().toLowerCase(java.util.Locale.ROOT)));
            }
        }
        if (out.isEmpty()) {
            out.add("every resource reachable and up");
        }
        return out;
    }

    private Optional<ReassessExit> recordRound(Visit visit, int round, Judgement judged, Optional<String> words, String by)
            throws IOException {
        if (!stillAt(visit)) {
            return Optional.empty();
        }
        boolean recovered = judged.recovered() || words.isPresent();
        ObjectNode checked = JSON.objectNode().put("node", visit.node().id()).put("round", round).put("recovered", recovered);
        ArrayNode evidence = checked.putArray("evidence");
        judged.evidence().forEach(evidence::add);
        words.ifPresent(w -> checked.put("words", w));
        incident.record(EventTypes.REASSESS_CHECKED, words.isPresent() ? by : ENGINE, checked);
        if (judged.recovered()) {
            return Optional.of(ended(visit.node(), ReassessExit.RECOVERED, ENGINE, Optional.empty(), signalOf(visit.node())));
        }
        if (words.isPresent()) {
            return Optional.of(ended(visit.node(), ReassessExit.RECOVERED, by, words, Optional.empty()));
        }
        ReassessProgress progress = incident.state().reassess().orElseThrow();
        if (round >= progress.finalRound()) {
            return Optional.of(ended(visit.node(), ReassessExit.LIMIT, ENGINE, Optional.empty(), Optional.empty()));
        }
        return Optional.empty();
    }

    private static Optional<String> signalOf(DecisionNode node) {
        return Optional.ofNullable(node.until());
    }

    private ReassessExit ended(DecisionNode node, ReassessExit exit, String actor, Optional<String> words, Optional<String> signal)
            throws IOException {
        String next = exit == ReassessExit.RECOVERED ? node.recovered() : node.next();
        ObjectNode data = JSON.objectNode().put("node", node.id()).put("exit", exit.word()).put("next", next == null ? "" : next);
        words.ifPresent(w -> data.put("words", w));
        signal.ifPresent(s -> data.put("signal", s));
        incident.record(EventTypes.REASSESS_ENDED, actor, data);
        incident.settle(actor);
        return exit;
    }
}
