package dev.warroom.core.report;

import dev.warroom.core.incident.Established;
import dev.warroom.core.incident.EventTypes;
import dev.warroom.core.incident.Evidence;
import dev.warroom.core.incident.IncidentEvent;
import dev.warroom.core.plan.model.DecisionNode;
import dev.warroom.core.plan.model.Plan;
import dev.warroom.core.plan.PlanLanguage;
import dev.warroom.core.text.SafeText;
import dev.warroom.core.text.TextLanguage;
import java.util.Optional;

/** Puts journal events into words for the timeline, naming steps and decisions by their plan titles. */
public final class TimelineWords {

    /** The words for one event: its kind (for filtering), what happened, and how it ended. */
    public record Words(String kind, String event, String outcome) {
    }

    private final Plan plan;
    private final TextLanguage language;

    /** Words in the plan's own language. */
    public TimelineWords(Plan plan) {
        this(plan, PlanLanguage.of(plan));
    }

    /** Words naming the plan's steps and decisions in {@code language}: its English text where it has one, else its own. */
    public TimelineWords(Plan plan, TextLanguage language) {
        this.plan = plan;
        this.language = language;
    }

    /** What the event says to a reader, with secrets redacted and control characters escaped ({@link SafeText}). */
    public Optional<Words> describe(IncidentEvent e) {
        String step = stepTitle(e);
        return Optional.ofNullable(switch (e.type()) {
            case EventTypes.OPENED -> new Words("incident", "Incident opened in " + e.text("mode").toUpperCase(java.util.Locale.ROOT)
                    + " mode on the " + e.text("world") + " world" + (e.text("scenario").isEmpty() ? "" : ", scenario " + e.text("scenario"))
                    + (e.text("drill").isEmpty() ? "" : ", drill " + e.text("drill"))
                    + shellWords(e), "");
            case EventTypes.RESUMED -> new Words("incident", "Incident resumed from the journal" + shellWords(e), e.data().path("repairedBytes").asLong() > 0
                    ? "torn last line repaired (" + e.data().path("repairedBytes").asLong() + " bytes)" : "");
            case EventTypes.FAULT_INJECTED -> injectWords(e);
            case EventTypes.STATE_CHANGED -> new Words("state", e.text("resource") + ": " + e.text("state"), "was " + e.text("was"));
            case EventTypes.NODE_ENTERED -> new Words("decision", "Decision point: " + nodeTitle(e.text("node")), "");
            case EventTypes.SUGGESTED -> new Words("decision", "Signal " + e.text("signal") + " suggests " + answerLabel(e.text("node"),
                    e.text("answer")), String.join("; ", texts(e, "evidence")));
            case EventTypes.ANSWERED -> new Words("decision", "Answered " + nodeTitle(e.text("node")) + ": "
                    + answerLabel(e.text("node"), e.text("answer")), e.text("suggested").isEmpty() ? "" : "suggested: "
                    + answerLabel(e.text("node"), e.text("suggested")));
            case EventTypes.WAIT_ENDED -> new Words("decision", "Waited " + e.text("waited") + " at " + nodeTitle(e.text("node")), "");
            case EventTypes.PROCEDURE_STARTED -> new Words("procedure", "Procedure started: " + procedureTitle(e.text("procedure")), "");
            case EventTypes.PROCEDURE_COMPLETED -> e.text("refused").isEmpty()
                    ? new Words("procedure", "Procedure completed: " + procedureTitle(e.text("procedure")), "done")
                    : new Words("procedure", "Procedure left: " + procedureTitle(e.text("procedure")), "go/no-go " + e.text("refused")
                            + " refused; the plan's branch for a refusal: " + nodeTitle(e.text("branch")));
            case EventTypes.STEP_PROPOSED -> new Words("step", "Proposed: " + step, e.data().path("preview").path("call").asText(""));
            case EventTypes.STEP_CONFIRMED -> new Words("step", "Confirmed: " + step, e.text("typed").isEmpty() ? ""
                    : "typed " + e.text("typed"));
            case EventTypes.STEP_STARTED -> new Words("step", "Started: " + step, e.text("kind").isEmpty() ? ""
                    : e.text("kind") + " on " + e.text("target"));
            case EventTypes.STEP_SUCCEEDED -> doneWords(e, step);
            case EventTypes.STEP_CHECK_ASKED -> new Words("step", "Check by hand: " + step, "asked: " + e.text("question"));
            case EventTypes.STEP_REFUSED -> new Words("step", "Refused: " + step, e.text("asked").isEmpty() ? e.text("reason")
                    : "asked '" + e.text("asked") + "' — no: " + e.text("reason"));
            case EventTypes.STEP_FAILED -> new Words("step", "Failed: " + step, e.text("reason"));
            case EventTypes.STEP_OUTCOME_UNKNOWN -> new Words("step", "Outcome unknown: " + step, e.text("reason"));
            case EventTypes.STEP_SKIPPED -> new Words("step", "Skipped: " + step, e.text("reason"));
            case EventTypes.STEP_RETRIED -> new Words("step", "Retry: " + step, "needs a new confirmation");
            case EventTypes.ROLLBACK_STARTED -> new Words("step", "Rollback started: " + step, e.text("rollback"));
            case EventTypes.ROLLED_BACK -> new Words("step", "Rolled back: " + step, e.text("detail"));
            case EventTypes.ROLLBACK_FAILED -> new Words("step", "Rollback failed: " + step, e.text("detail"));
            case EventTypes.CHECKLIST_TICKED -> new Words("checklist", "Ticked: " + checklistItem(e.text("checklist"), e.text("item")), "");
            case EventTypes.NOTE_ADDED -> new Words(e.text("kind"), e.text("text"), "");
            case EventTypes.RESOLVED -> new Words("incident", "Incident resolved", endTitle(e.text("summary")));
            case EventTypes.ABORTED -> new Words("incident", "Incident aborted", e.text("reason"));
            default -> DrillTimelineWords.describe(e, language).orElse(new Words("other", e.type(), ""));
        }).map(w -> new Words(w.kind(), SafeText.forDisplay(w.event()), SafeText.forDisplay(w.outcome())));
    }

    /**
     * A done step in words that say how it was established: a step nobody checked reads
     * "Done — not verified"; a person's answer names them and what they were asked.
     */
    private static Words doneWords(IncidentEvent e, String step) {
        Optional<Evidence> how = Evidence.readFrom(e.data());
        Established established = how.map(Evidence::how).orElse(Established.UNVERIFIED);
        return switch (established) {
            case VERIFIED -> new Words("step", "Done: " + step, e.text("detail") + " · verified" + readingWords(how.orElseThrow()));
            case CONFIRMED -> new Words("step", "Done: " + step, how.orElseThrow().words());
            case UNVERIFIED -> new Words("step", "Done — not verified: " + step, how.map(Evidence::words).orElse("not verified")
                    + (e.text("detail").isEmpty() ? "" : " · " + e.text("detail")));
        };
    }

    private static String readingWords(Evidence reading) {
        return (reading.resource().isEmpty() ? "" : " on " + reading.resource())
                + (reading.seenAt().isPresent() ? " at " + reading.seenAtWords() : "");
    }

    private static java.util.List<String> texts(IncidentEvent e, String field) {
        java.util.List<String> out = new java.util.ArrayList<>();
        e.data().path(field).forEach(n -> out.add(n.asText()));
        return out;
    }

    /** Said of an opening or resume whose commander allowed the plan's shell commands; silent otherwise. */
    private static String shellWords(IncidentEvent e) {
        return e.data().path("shellAllowed").asBoolean(false) ? ", shell commands allowed" : "";
    }

    /** A simulated fault, a drill's fault brought about for real, or one the facilitator was asked to inject by hand. */
    private static Words injectWords(IncidentEvent e) {
        String fault = e.text("fault") + " on " + e.text("target");
        if (!e.data().has("injected")) {
            return new Words("inject", "Fault " + fault + " at T+" + e.text("at"), e.text("value"));
        }
        return e.data().path("injected").asBoolean()
                ? new Words("inject", "Drill inject: " + fault, e.text("how"))
                : new Words("inject", "Drill inject by hand: " + fault, e.text("how"));
    }

    private String stepTitle(IncidentEvent e) {
        String procedure = e.text("procedure");
        String stepId = e.text("step");
        return plan.procedures().stream().filter(p -> p.id().equals(procedure)).findFirst()
                .flatMap(p -> p.steps().stream().filter(s -> s.id().equals(stepId)).findFirst())
                .map(s -> language.pick(s.title(), s.titleEn())).orElse(stepId);
    }

    /**
     * How the incident ended, in this language: the journal records the end node's English title (or its own,
     * when it has no English one); a text that is no end node's title is said as recorded.
     */
    public String endTitle(String recorded) {
        return plan.decisionTree().nodes().stream().filter(n -> recorded.equals(n.titleEn()) || recorded.equals(n.title()))
                .findFirst().map(n -> language.pick(n.title(), n.titleEn())).orElse(recorded);
    }

    private Optional<DecisionNode> node(String id) {
        return plan.decisionTree().nodes().stream().filter(n -> n.id().equals(id)).findFirst();
    }

    private String nodeTitle(String id) {
        return node(id).map(n -> n.question() != null ? language.pick(n.question(), n.questionEn()) : language.pick(n.title(), n.titleEn()))
                .orElse(id);
    }

    private String answerLabel(String nodeId, String answerId) {
        return node(nodeId).flatMap(n -> n.answers().stream().filter(a -> a.id().equals(answerId)).findFirst())
                .map(a -> language.pick(a.label(), a.labelEn())).orElse(answerId);
    }

    private String procedureTitle(String id) {
        return plan.procedures().stream().filter(p -> p.id().equals(id)).findFirst().map(p -> language.pick(p.title(), p.titleEn())).orElse(id);
    }

    private String checklistItem(String checklist, String item) {
        return plan.checklists().stream().filter(c -> c.id().equals(checklist)).findFirst()
                .flatMap(c -> c.items().stream().filter(i -> i.id().equals(item)).findFirst())
                .map(i -> language.pick(i.title(), i.titleEn())).orElse(checklist + "/" + item);
    }
}
