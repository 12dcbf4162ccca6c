package dev.warroom.core.plan.validate;

import dev.warroom.core.plan.model.Answer;
import dev.warroom.core.plan.model.DecisionNode;
import dev.warroom.core.plan.model.DecisionTree;
import dev.warroom.core.plan.model.NodeType;
import java.util.List;

/**
 * Each decision node has what its type needs and nothing another type would use, and every node
 * it names exists.
 */
final class DecisionTreeRules implements PlanRule {

    @Override
    public void check(PlanIndex index, List<Finding> findings) {
        DecisionTree tree = index.plan().decisionTree();
        if (tree == null) {
            return;
        }
        if (tree.nodes().isEmpty()) {
            findings.add(Finding.error("/decisionTree/nodes", "the decision tree has no nodes"));
        } else if (tree.start() != null && !index.nodeIds().contains(tree.start())) {
            findings.add(Finding.error("/decisionTree/start", index.nodeIds().unknown(tree.start())));
        }
        for (Located<DecisionNode> node : index.nodes()) {
            checkShape(node, findings);
            checkReferences(index, node, findings);
        }
    }

    private static void checkShape(Located<DecisionNode> located, List<Finding> findings) {
        DecisionNode node = located.value();
        NodeType type = node.type();
        if (type == null) {
            return;
        }
        String name = label(type) + " node '" + node.id() + "'";
        switch (type) {
            case QUESTION -> {
                if (node.answers().isEmpty()) {
                    findings.add(Finding.error(located.at("id"), name + " has no answers"));
                }
            }
            case PROCEDURE -> {
                if (node.procedure() == null) {
                    findings.add(Finding.error(located.at("id"), name + " names no procedure: add procedure: <procedure id>"));
                }
            }
            case WAIT -> {
                if (node.duration() == null) {
                    findings.add(Finding.error(located.at("id"), name + " has no duration: say how long to wait, e.g. duration: 10m"));
                }
            }
            case REASSESS -> ReassessShape.check(located, name, findings);
            case END -> {
                // An end node needs nothing; what it must not carry is checked below.
            }
        }
        misplaced(located, name, "answers", !node.answers().isEmpty(), type == NodeType.QUESTION, "question", findings);
        misplaced(located, name, "suggestions", !node.suggestions().isEmpty(), type == NodeType.QUESTION, "question", findings);
        misplaced(located, name, "procedure", node.procedure() != null, type == NodeType.PROCEDURE, "procedure", findings);
        misplaced(located, name, "duration", node.duration() != null, type == NodeType.WAIT, "wait", findings);
        misplaced(located, name, "next", node.next() != null,
                type == NodeType.PROCEDURE || type == NodeType.WAIT || type == NodeType.REASSESS, "procedure, wait and reassess", findings);
        boolean reassess = type == NodeType.REASSESS;
        misplaced(located, name, "every", node.every() != null, reassess, "reassess", findings);
        misplaced(located, name, "limit", node.limit() != null, reassess, "reassess", findings);
        misplaced(located, name, "until", node.until() != null, reassess, "reassess", findings);
        misplaced(located, name, "recovered", node.recovered() != null, reassess, "reassess", findings);
    }

    private static void misplaced(Located<DecisionNode> node, String name, String property, boolean present, boolean allowed,
            String owners, List<Finding> findings) {
        if (present && !allowed) {
            findings.add(Finding.error(node.at(property), name + " must not have " + property + " (only " + owners
                    + " nodes do)").atKey());
        }
    }

    private static void checkReferences(PlanIndex index, Located<DecisionNode> located, List<Finding> findings) {
        DecisionNode node = located.value();
        List<Located<Answer>> answers = PlanIndex.locate(node.answers(), located.at("answers"));
        for (Located<Answer> answer : answers) {
            String next = answer.value().next();
            if (next != null && !index.nodeIds().contains(next)) {
                findings.add(Finding.error(answer.at("next"), index.nodeIds().unknown(next)));
            }
        }
        if (node.next() != null && !index.nodeIds().contains(node.next())) {
            findings.add(Finding.error(located.at("next"), index.nodeIds().unknown(node.next())));
        }
        if (node.recovered() != null && !index.nodeIds().contains(node.recovered())) {
            findings.add(Finding.error(located.at("recovered"), index.nodeIds().unknown(node.recovered())));
        }
        if (node.until() != null && !index.signalIds().contains(node.until())) {
            findings.add(Finding.error(located.at("until"), index.signalIds().unknown(node.until())));
        }
        if (node.procedure() != null && !index.procedureIds().contains(node.procedure())) {
            findings.add(Finding.error(located.at("procedure"), index.procedureIds().unknown(node.procedure())));
        }
    }

    static String label(NodeType type) {
        return switch (type) {
            case QUESTION -> "question";
            case PROCEDURE -> "procedure";
            case WAIT -> "wait";
            case REASSESS -> "reassess";
            case END -> "end";
        };
    }
}
