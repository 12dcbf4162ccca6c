package dev.warroom.console.room.notify;

import dev.warroom.core.incident.EventTypes;
import dev.warroom.core.incident.IncidentEvent;
import dev.warroom.core.plan.model.Answer;
import dev.warroom.core.plan.model.DecisionNode;
import dev.warroom.core.plan.model.Plan;
import dev.warroom.core.plan.model.Step;
import dev.warroom.core.report.RecordedWords;
import dev.warroom.core.report.words.ReportWords;
import dev.warroom.core.text.TextLanguage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Which recorded events interrupt the commander with a notification: a step failed; a chat message
 * could not be delivered and was queued; a resource went down, unreachable or refused our credentials
 * (not when it was already so, nor at its first observation, when the whole board is read at once);
 * a live signal suggests an answer. Everything else stays in the timeline only.
 */
public final class NoticePolicy {

    /** How the engine words a resource it had never observed before ({@code state.changed}'s "was"). */
    private static final String NOT_OBSERVED = "not observed";

    private final Plan plan;
    private final Supplier<RecordedWords> recorded;

    /** Notices with the engine's recorded words as recorded (English). */
    public NoticePolicy(Plan plan) {
        this(plan, () -> new RecordedWords(ReportWords.of(TextLanguage.ENGLISH)));
    }

    /** Notices with the engine's fixed words (a state, a signal's evidence) in {@code recorded}'s language at the time of each notice. */
    public NoticePolicy(Plan plan, Supplier<RecordedWords> recorded) {
        this.plan = plan;
        this.recorded = recorded;
    }

    public Optional<Notice> noticeFor(IncidentEvent event) {
        return switch (event.type()) {
            case EventTypes.STEP_FAILED -> Optional.of(new Notice(Notice.Kind.STEP_FAILED, stepTitle(event), recorded.get().failure(event)));
            case EventTypes.STEP_SUCCEEDED -> queued(event)
                    ? Optional.of(new Notice(Notice.Kind.CHAT_QUEUED, stepTitle(event), event.text("detail")))
                    : Optional.empty();
            case EventTypes.STATE_CHANGED -> wentBad(event.text("state"), event.text("was"))
                    ? Optional.of(new Notice(Notice.Kind.RESOURCE_DOWN, event.text("resource"),
                            recorded.get().state(event.text("state")), recorded.get().state(event.text("was"))))
                    : Optional.empty();
            case EventTypes.SUGGESTED -> Optional.of(new Notice(Notice.Kind.SUGGESTED, answerLabel(event), nodeQuestion(event),
                    event.text("signal"), recorded.get().joined(evidence(event).stream().map(recorded.get()::reason).toList())));
            default -> Optional.empty();
        };
    }

    private static boolean queued(IncidentEvent event) {
        return "true".equals(event.data().path("outputs").path("queued").asText(""));
    }

    private static boolean wentBad(String state, String was) {
        if (was.isEmpty() || NOT_OBSERVED.equals(was)) {
            return false;
        }
        Optional<Trouble> now = Trouble.of(state);
        return now.isPresent() && !now.equals(Trouble.of(was));
    }

    /** The ways a resource can be lost to the commander, as the engine words its state ("down, primary", "unreachable: …"). */
    private enum Trouble {
        DOWN, UNREACHABLE, AUTH_FAILED;

        static Optional<Trouble> of(String state) {
            String words = state.toLowerCase(Locale.ROOT);
            if (words.equals("down") || words.startsWith("down,")) {
                return Optional.of(DOWN);
            }
            if (words.startsWith("unreachable") || words.startsWith("timed out")) {
                return Optional.of(UNREACHABLE);
            }
            if (words.startsWith("auth failed")) {
                return Optional.of(AUTH_FAILED);
            }
            return Optional.empty();
        }
    }

    private String stepTitle(IncidentEvent event) {
        String procedure = event.text("procedure");
        String stepId = event.text("step");
        return plan.procedures().stream().filter(p -> p.id().equals(procedure)).findFirst()
                .flatMap(p -> p.steps().stream().filter(s -> s.id().equals(stepId)).findFirst())
                .map(Step::title).orElse(stepId);
    }

    private Optional<DecisionNode> node(IncidentEvent event) {
        return plan.decisionTree().nodes().stream().filter(n -> n.id().equals(event.text("node"))).findFirst();
    }

    private String nodeQuestion(IncidentEvent event) {
        return node(event).map(n -> n.question() != null ? n.question() : n.title()).orElse(event.text("node"));
    }

    private String answerLabel(IncidentEvent event) {
        return node(event).flatMap(n -> n.answers().stream().filter(a -> a.id().equals(event.text("answer"))).findFirst())
                .map(Answer::label).orElse(event.text("answer"));
    }

    private static List<String> evidence(IncidentEvent event) {
        List<String> lines = new ArrayList<>();
        event.data().path("evidence").forEach(n -> lines.add(n.asText()));
        return lines;
    }
}
