package dev.warroom.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.warroom.core.plan.load.Position;
import dev.warroom.core.plan.load.PositionIndex;
import dev.warroom.core.plan.model.DecisionNode;
import dev.warroom.core.plan.model.NodeType;
import dev.warroom.core.plan.model.Plan;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code recovered:} part of the {@code --answers} file: at which round of a reassess node a person says
 * the situation has recovered, and in what words.
 * <pre>
 * recovered:
 *   node-id: {round: 2, said: "orders flow again; the status page is green"}
 * </pre>
 * The declaration is given at that round, or the first one after it that is held (a round missed while the
 * incident was down is not held). Checked against the plan before anything runs; a problem is
 * {@code file:line:column: words}.
 */
final class RecoveredAnswers {

    static final String KEY = "recovered";
    private static final Set<String> FIELDS = Set.of("round", "said");

    private RecoveredAnswers() {
    }

    /** Checks the {@code recovered} key of {@code script} against the plan's reassess nodes. */
    static void check(JsonNode script, PositionIndex positions, String file, Plan plan) throws DrillAnswers.BadAnswersException {
        JsonNode recovered = script.path(KEY);
        if (recovered.isMissingNode()) {
            return;
        }
        if (!recovered.isObject()) {
            throw at(positions.valueAt("/" + KEY), file, "recovered is a mapping of reassess node ids, each {round: N, said: words}");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = recovered.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String pointer = "/" + KEY + "/" + entry.getKey().replace("~", "~0").replace("/", "~1");
            Optional<DecisionNode> node = plan.decisionTree().nodes().stream().filter(n -> n.id().equals(entry.getKey())).findFirst();
            if (node.isEmpty() || node.get().type() != NodeType.REASSESS) {
                throw at(positions.keyAt(pointer), file, "'" + entry.getKey() + "' is not a reassess node of plan '" + plan.id()
                        + "'" + reassessNodes(plan));
            }
            JsonNode given = entry.getValue();
            if (!given.isObject()) {
                throw at(positions.valueAt(pointer), file, "recovered at '" + entry.getKey() + "' is {round: N, said: words}");
            }
            for (Iterator<String> keys = given.fieldNames(); keys.hasNext(); ) {
                String key = keys.next();
                if (!FIELDS.contains(key)) {
                    throw at(positions.keyAt(pointer + "/" + key), file, "unknown key '" + key + "'; here it can be round, said");
                }
            }
            int rounds = rounds(node.get());
            JsonNode round = given.path("round");
            if (!round.canConvertToInt() || !round.isIntegralNumber() || round.asInt() < 1 || round.asInt() > rounds) {
                throw at(given.has("round") ? positions.valueAt(pointer + "/round") : positions.valueAt(pointer), file,
                        "round is a whole number from 1 to " + rounds + " (node '" + entry.getKey() + "' holds " + rounds + " rounds)");
            }
            JsonNode said = given.path("said");
            if (!said.isTextual() || said.asText().isBlank()) {
                throw at(given.has("said") ? positions.valueAt(pointer + "/said") : positions.valueAt(pointer), file,
                        "said is what shows it has recovered, in words (it is journalled under the file's actor)");
            }
        }
    }

    /** The words declared for {@code node} at {@code round}, once the scripted round is reached. */
    static Optional<String> at(JsonNode script, String nodeId, int round) {
        JsonNode given = script.path(KEY).path(nodeId);
        return given.path("round").asInt(Integer.MAX_VALUE) <= round ? Optional.of(given.path("said").asText().strip())
                : Optional.empty();
    }

    /** Whether the file scripts {@code node} at all (then a person is never asked there). */
    static boolean scripts(JsonNode script, String nodeId) {
        return script.path(KEY).path(nodeId).isObject();
    }

    private static int rounds(DecisionNode node) {
        if (node.every() == null || node.limit() == null || node.every().isZero()) {
            return 1;
        }
        long whole = node.limit().toMillis() / node.every().toMillis();
        return (int) Math.max(1, node.limit().toMillis() % node.every().toMillis() == 0 ? whole : whole + 1);
    }

    private static String reassessNodes(Plan plan) {
        String ids = plan.decisionTree().nodes().stream().filter(n -> n.type() == NodeType.REASSESS).map(DecisionNode::id)
                .reduce((a, b) -> a + ", " + b).orElse("");
        return ids.isEmpty() ? " (it has none)" : " (it has: " + ids + ")";
    }

    private static DrillAnswers.BadAnswersException at(Position where, String file, String words) {
        return new DrillAnswers.BadAnswersException(file + ":" + where.line() + ":" + where.column() + ": " + words);
    }
}
