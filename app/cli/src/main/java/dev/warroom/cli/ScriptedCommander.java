package dev.warroom.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.warroom.core.incident.Commander;
import dev.warroom.core.incident.StepProposal;
import dev.warroom.core.incident.SuggestedAnswer;
import dev.warroom.core.plan.model.DecisionNode;
import dev.warroom.core.plan.model.StepType;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Answers from an {@code --answers} file; whatever the file does not say is left to the fallback
 * (the terminal, or the autopilot with --auto). File shape:
 * <pre>
 * answers:   { node-id: answer-id }
 * confirm:   { step-id: yes | TYPED-TARGET-NAME | "skip: reason" | "no: reason" (a go/no-go refused) }
 * check:     { step-id: "yes: what was seen" | "no: what was seen" | {answer: yes|no, by: NAME, said: what was seen} }
 * onFailure: { step-id: retry | "retry N" | verify | rollback | "skip: reason" | "abort: reason" }
 * recovered: { reassess-node-id: {round: N, said: words} }
 * </pre>
 * A {@code recovered} entry declares a reassess node recovered at round N (see {@link RecoveredAnswers}); a node
 * it names is never asked of the fallback, so a scripted run does not stop to ask at the rounds before.
 * A {@code check} answers a step's manual check (its {@code verify: manual-check}) for the person
 * named by {@code by} (else the file's {@code actor}); it is given once per attempt of the step.
 * A scripted confirmation is given once for each attempt of a step: if the engine refuses it (a
 * wrong typed name), the fallback is asked instead of the script repeating itself for ever. Likewise
 * a scripted retry is given once (or N times) per step; a step that still fails goes to the fallback.
 */
final class ScriptedCommander implements Commander {

    private final JsonNode script;
    private final Commander fallback;
    private final Set<String> confirmationsGiven = new HashSet<>();
    private final Set<String> checksGiven = new HashSet<>();
    private final Map<String, Integer> retriesGiven = new HashMap<>();

    ScriptedCommander(JsonNode script, Commander fallback) {
        this.script = script;
        this.fallback = fallback;
    }

    @Override
    public String name() {
        String actor = script.path("actor").asText("");
        return actor.isEmpty() ? fallback.name() : actor;
    }

    @Override
    public String answer(DecisionNode node, Optional<SuggestedAnswer> suggestion, Optional<Duration> pending) {
        JsonNode given = script.path("answers").path(node.id());
        return given.isTextual() ? given.asText() : fallback.answer(node, suggestion, pending);
    }

    @Override
    public Confirmation confirm(StepProposal proposal) {
        JsonNode given = script.path("confirm").path(proposal.step().id());
        String attempt = proposal.procedureId() + "/" + proposal.step().id() + "#" + proposal.attempts();
        if (!given.isTextual() || !confirmationsGiven.add(attempt)) {
            return fallback.confirm(proposal);
        }
        String text = given.asText().strip();
        if (text.toLowerCase(Locale.ROOT).startsWith("skip")) {
            return Confirmation.skip(reason(text, "skipped by script"));
        }
        if (proposal.step().type() == StepType.CONFIRM && isNo(text)) {
            return Confirmation.refuse(reason(text, "no-go by script"));
        }
        return Confirmation.yes(text.equalsIgnoreCase("yes") ? proposal.typedConfirmation().orElse("") : text);
    }

    @Override
    public CheckAnswer check(StepProposal proposal, String question) {
        JsonNode given = script.path("check").path(proposal.step().id());
        String attempt = proposal.procedureId() + "/" + proposal.step().id() + "#" + proposal.attempts();
        if (!(given.isTextual() || given.isObject()) || !checksGiven.add(attempt)) {
            return fallback.check(proposal, question);
        }
        String answer = given.isObject() ? given.path("answer").asText("") : given.asText().strip();
        String said = given.isObject() ? given.path("said").asText("") : reason(answer, "");
        String by = given.isObject() && !given.path("by").asText("").isBlank() ? given.path("by").asText().strip() : name();
        return isNo(answer) ? CheckAnswer.fails(by, said) : CheckAnswer.holds(by, said);
    }

    private static boolean isNo(String text) {
        String word = text.split(":", 2)[0].strip().toLowerCase(Locale.ROOT);
        return word.equals("no") || word.equals("n") || word.equals("false");
    }

    @Override
    public Optional<String> recovered(DecisionNode node, int round, List<String> evidence) {
        if (!RecoveredAnswers.scripts(script, node.id())) {
            return fallback.recovered(node, round, evidence);
        }
        return RecoveredAnswers.at(script, node.id(), round);
    }

    @Override
    public Recovery recover(StepProposal proposal) {
        JsonNode given = script.path("onFailure").path(proposal.step().id());
        if (!given.isTextual()) {
            return fallback.recover(proposal);
        }
        String text = given.asText().strip();
        String[] words = text.split(":", 2)[0].strip().toLowerCase(Locale.ROOT).split("\\s+");
        if (words[0].equals("retry")) {
            String step = proposal.procedureId() + "/" + proposal.step().id();
            int allowed = words.length > 1 && words[1].matches("[0-9]{1,3}") ? Integer.parseInt(words[1]) : 1;
            if (retriesGiven.merge(step, 1, Integer::sum) > allowed) {
                return fallback.recover(proposal);
            }
            return Recovery.of(Recovery.Choice.RETRY, "");
        }
        return switch (words[0]) {
            case "verify" -> Recovery.of(Recovery.Choice.VERIFY, "");
            case "rollback" -> Recovery.of(Recovery.Choice.ROLLBACK, "");
            case "skip" -> Recovery.of(Recovery.Choice.SKIP, reason(text, "skipped by script"));
            default -> Recovery.of(Recovery.Choice.ABORT, reason(text, "aborted by script"));
        };
    }

    private static String reason(String text, String fallback) {
        String[] parts = text.split(":", 2);
        return parts.length == 2 && !parts[1].isBlank() ? parts[1].strip() : fallback;
    }
}
