package dev.warroom.core.plan.validate;

import dev.warroom.core.plan.load.DidYouMean;
import dev.warroom.core.plan.model.Answer;
import dev.warroom.core.plan.model.DecisionNode;
import dev.warroom.core.plan.model.Suggestion;
import java.util.List;

/** A suggestion names a signal that exists and an answer of its own node. */
final class SuggestionRules implements PlanRule {

    @Override
    public void check(PlanIndex index, List<Finding> findings) {
        for (Located<DecisionNode> node : index.nodes()) {
            List<String> answers = node.value().answers().stream().map(Answer::id).toList();
            for (Located<Suggestion> suggestion : PlanIndex.locate(node.value().suggestions(), node.at("suggestions"))) {
                String signal = suggestion.value().signal();
                if (signal != null && !index.signalIds().contains(signal)) {
                    findings.add(Finding.error(suggestion.at("signal"), index.signalIds().unknown(signal)));
                }
                String answer = suggestion.value().answer();
                if (answer != null && !answers.contains(answer)) {
                    findings.add(Finding.error(suggestion.at("answer"), "node '" + node.value().id() + "' has no answer '"
                            + answer + "'" + DidYouMean.hint(answer, answers)));
                }
            }
        }
    }
}
