package dev.warroom.core.report;

import dev.warroom.core.incident.Established;
import dev.warroom.core.incident.EventTypes;
import dev.warroom.core.incident.Evidence;
import dev.warroom.core.incident.IncidentEvent;
import dev.warroom.core.plan.model.DecisionNode;
import dev.warroom.core.plan.model.Plan;
import dev.warroom.core.plan.PlanLanguage;
import dev.warroom.core.report.words.ReportWords;
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
    private final ReportWords say;
    private final RecordedWords recorded;

    /** Words in the plan's own language, its phrases in English. */
    public TimelineWords(Plan plan) {
        this(plan, PlanLanguage.of(plan));
    }

    /** Words naming the plan's steps and decisions in {@code language}: its English text where it has one, else its own; phrases in English. */
    public TimelineWords(Plan plan, TextLanguage language) {
        this(plan, language, ReportWords.of(TextLanguage.ENGLISH));
    }

    /** As {@link #TimelineWords(Plan, TextLanguage)}, with WarRoom's own phrases ("Done: …") in {@code phrases}' language. */
    public TimelineWords(Plan plan, TextLanguage language, ReportWords phrases) {
        this.plan = plan;
        this.language = language;
        this.say = phrases;
        this.recorded = new RecordedWords(phrases);
    }

    /** What the event says to a reader, with secrets redacted and control characters escaped ({@link SafeText}). */
    public Optional<Words> describe(IncidentEvent e) {
        String step = stepTitle(e);
        return Optional.ofNullable(switch (e.type()) {
            case EventTypes.OPENED -> new Words("incident", openedOn(e)
                    + (e.text("scenario").isEmpty() ? "" : say.get("timeline.opened.scenario", e.text("scenario")))
                    + (e.text("drill").isEmpty() ? "" : say.get("timeline.opened.drill", e.text("drill")))
                    + (e.text("severity").isEmpty() ? "" : say.get("timeline.opened.severity", e.text("severity"), e.text("rtoTarget"),
                            e.text("rpoTarget")))
                    + shellWords(e), "");
            case EventTypes.RESUMED -> new Words("incident", say.get("timeline.resumed") + shellWords(e), e.data().path("repairedBytes").asLong() > 0
                    ? say.get("timeline.resumed.repaired", String.valueOf(e.data().path("repairedBytes").asLong())) : "");
            case EventTypes.FAULT_INJECTED -> injectWords(e);
            case EventTypes.PLAN_CHECKS_FAILED -> new Words("incident", say.get("timeline.plan-checks-failed", e.data().path("count").asInt()),
                    recorded.joined(texts(e, "problems").stream().map(recorded::problem).toList()));
            case EventTypes.STATE_CHANGED -> new Words("state", e.text("resource") + ": " + recorded.state(e.text("state")),
                    say.get("timeline.state.was", recorded.state(e.text("was"))));
            case EventTypes.NODE_ENTERED -> new Words("decision", say.get("timeline.decision-point", nodeTitle(e.text("node"))), "");
            case EventTypes.SUGGESTED -> new Words("decision", say.get("timeline.suggested", e.text("signal"), answerLabel(e.text("node"),
                    e.text("answer"))), recorded.joined(reasons(e, "evidence")));
            case EventTypes.ANSWERED -> new Words("decision", say.get("timeline.answered", nodeTitle(e.text("node")),
                    answerLabel(e.text("node"), e.text("answer"))), e.text("suggested").isEmpty() ? ""
                    : say.get("timeline.answered.suggested", answerLabel(e.text("node"), e.text("suggested"))));
            case EventTypes.WAIT_ENDED -> new Words("decision", say.get("timeline.waited", e.text("waited"), nodeTitle(e.text("node"))), "");
            case EventTypes.REASSESS_CHECKED -> reassessedWords(e);
            case EventTypes.REASSESS_ENDED -> reassessEndedWords(e);
            case EventTypes.PROCEDURE_STARTED -> new Words("procedure", say.get("timeline.procedure.started", procedureTitle(e.text("procedure"))), "");
            case EventTypes.PROCEDURE_COMPLETED -> e.text("refused").isEmpty()
                    ? new Words("procedure", say.get("timeline.procedure.completed", procedureTitle(e.text("procedure"))),
                            say.get("timeline.procedure.done"))
                    : new Words("procedure", say.get("timeline.procedure.left", procedureTitle(e.text("procedure"))),
                            say.get("timeline.procedure.refused", e.text("refused"), nodeTitle(e.text("branch"))));
            case EventTypes.STEP_PROPOSED -> new Words("step", say.get("timeline.step.proposed", step), e.data().path("preview").path("call").asText(""));
            case EventTypes.STEP_CONFIRMED -> new Words("step", say.get("timeline.step.confirmed", step), e.text("typed").isEmpty() ? ""
                    : say.get("timeline.step.typed", e.text("typed")));
            case EventTypes.STEP_STARTED -> new Words("step", say.get("timeline.step.started", step), e.text("kind").isEmpty() ? ""
                    : say.get("timeline.step.kind-on", e.text("kind"), e.text("target")));
            case EventTypes.STEP_SUCCEEDED -> doneWords(e, step);
            case EventTypes.STEP_CHECK_ASKED -> new Words("step", say.get("timeline.step.check", step), say.get("timeline.step.asked", e.text("question")));
            case EventTypes.STEP_REFUSED -> new Words("step", say.get("timeline.step.refused", step), e.text("asked").isEmpty()
                    ? recorded.reason(e.text("reason")) : say.get("timeline.step.refused.asked", e.text("asked"), recorded.reason(e.text("reason"))));
            case EventTypes.STEP_FAILED -> new Words("step", say.get("timeline.step.failed", step), recorded.failure(e));
            case EventTypes.STEP_OUTCOME_UNKNOWN -> new Words("step", say.get("timeline.step.outcome-unknown", step), e.text("reason"));
            case EventTypes.STEP_SKIPPED -> new Words("step", say.get("timeline.step.skipped", step), recorded.reason(e.text("reason")));
            case EventTypes.PARAMETER_SET -> new Words("step", say.get("timeline.parameter.set", e.text("parameter"), e.text("value")),
                    say.get("timeline.parameter.source", e.text("source")
                            + (e.text("resource").isEmpty() ? "" : " (" + e.text("resource") + " " + e.text("attribute") + ")")));
            case EventTypes.STEP_CONDITION -> new Words("step", say.get(e.data().path("applies").asBoolean()
                    ? "timeline.step.condition.applies" : "timeline.step.condition.not", step), recorded.judgement(e.text("because")));
            case EventTypes.STEP_RETRIED -> new Words("step", say.get("timeline.step.retried", step), e.text("reason").isEmpty()
                    ? say.get("timeline.step.retried.outcome") : e.text("reason"));
            case EventTypes.ROLLBACK_STARTED -> new Words("step", say.get("timeline.rollback.started", step), e.text("rollback"));
            case EventTypes.ROLLED_BACK -> new Words("step", say.get("timeline.rollback.done", step), recorded.reason(e.text("detail")));
            case EventTypes.ROLLBACK_FAILED -> new Words("step", say.get("timeline.rollback.failed", step), recorded.reason(e.text("detail")));
            case EventTypes.CHECKLIST_TICKED -> new Words("checklist", say.get("timeline.ticked", checklistItem(e.text("checklist"), e.text("item"))), "");
            case EventTypes.NOTE_ADDED -> new Words(e.text("kind"), e.text("text"), "");
            case EventTypes.RESOLVED -> new Words("incident", say.get("timeline.resolved"), endTitle(e.text("summary")));
            case EventTypes.ABORTED -> new Words("incident", say.get("timeline.aborted"), e.text("reason"));
            default -> DrillTimelineWords.describe(e, language, say).orElse(new Words("other", e.type(), ""));
        }).map(w -> new Words(w.kind(), SafeText.forDisplay(w.event()), SafeText.forDisplay(w.outcome())));
    }

    /** A reassess node's round: whether it found the situation recovered, and the evidence. */
    private Words reassessedWords(IncidentEvent e) {
        String found = say.get(e.data().path("recovered").asBoolean() ? "timeline.reassessed.recovered" : "timeline.reassessed.not-yet");
        java.util.List<String> why = new java.util.ArrayList<>(reasons(e, "evidence"));
        if (!e.text("words").isEmpty()) {
            why.add(0, say.get("timeline.reassess.recovered.person", e.actor(), e.text("words")));
        }
        return new Words("decision", say.get("timeline.reassessed", String.valueOf(e.data().path("round").asInt()), nodeTitle(e.text("node"))),
                why.isEmpty() ? found : found + " · " + recorded.joined(why));
    }

    /** A reassess node left: recovered (its signal said so, or a person, named as who confirmed it), or at its limit. */
    private Words reassessEndedWords(IncidentEvent e) {
        String node = nodeTitle(e.text("node"));
        String next = e.text("next").isEmpty() ? "" : nodeTitle(e.text("next"));
        if (!"recovered".equals(e.text("exit"))) {
            return new Words("decision", say.get("timeline.reassess.limit", node, next), "");
        }
        String how = !e.text("words").isEmpty() ? say.get("timeline.reassess.recovered.person", e.actor(), e.text("words"))
                : e.text("signal").isEmpty() ? "" : say.get("timeline.reassess.recovered.signal", e.text("signal"));
        return new Words("decision", say.get("timeline.reassess.recovered", node, next), how);
    }

    /** "Incident opened in TABLETOP mode on the simulated world" (事件以 TABLETOP 模式在模擬環境開啟), or on the real connectors named. */
    private String openedOn(IncidentEvent e) {
        String mode = e.text("mode").toUpperCase(java.util.Locale.ROOT);
        return e.text("world").equals(RecordedWords.SIMULATED_WORLD) ? say.get("timeline.opened.simulated", mode)
                : say.get("timeline.opened", mode, e.text("world"));
    }

    /**
     * A done step in words that say how it was established: a step nobody checked reads
     * "Done — not verified"; a person's answer names them and what they were asked.
     */
    private Words doneWords(IncidentEvent e, String step) {
        Optional<Evidence> how = Evidence.readFrom(e.data());
        Established established = how.map(Evidence::how).orElse(Established.UNVERIFIED);
        return switch (established) {
            case VERIFIED -> new Words("step", say.get("timeline.done", step), verifiedWords(e.text("detail"), how.orElseThrow()));
            case CONFIRMED -> new Words("step", say.get("timeline.done", step), confirmedWords(how.orElseThrow()));
            case UNVERIFIED -> {
                String why = how.map(Evidence::seen).orElse("");
                String detail = e.text("detail");
                yield new Words("step", say.get("timeline.done.unverified", step),
                        (why.isEmpty() ? say.get("timeline.not-verified") : say.get("timeline.not-verified.why", recorded.reason(why)))
                                + (detail.isEmpty() || saysOnly(detail, why) ? "" : " · " + recorded.reason(detail)));
            }
        };
    }

    /** A step's detail that only repeats why it is not verified ("not verified: " and the same reason) adds nothing. */
    private static boolean saysOnly(String detail, String why) {
        return !why.isEmpty() && (detail.equals(why) || detail.equals(Evidence.NOT_VERIFIED_DETAIL + why));
    }

    /** Who confirmed the outcome, what they were asked and what they said: the person's words as recorded, the rest in these phrases. */
    private String confirmedWords(Evidence person) {
        String who = person.asked().isEmpty() ? say.get("timeline.confirmed-by", person.by())
                : say.get("timeline.confirmed-by.asked", person.by(), person.asked());
        return person.answer().isEmpty() ? who : who + " — " + recorded.answer(person.answer());
    }

    /** The lines of a recorded list (a signal's evidence), the engine's fixed words among them in these phrases. */
    private java.util.List<String> reasons(IncidentEvent e, String field) {
        return texts(e, field).stream().map(recorded::reason).toList();
    }

    private String verifiedWords(String detail, Evidence reading) {
        boolean on = !reading.resource().isEmpty();
        boolean at = reading.seenAt().isPresent();
        if (on && at) {
            return say.get("timeline.done.verified-on-at", detail, reading.resource(), reading.seenAtWords());
        }
        if (on) {
            return say.get("timeline.done.verified-on", detail, reading.resource());
        }
        return at ? say.get("timeline.done.verified-at", detail, reading.seenAtWords()) : say.get("timeline.done.verified", detail);
    }

    private static java.util.List<String> texts(IncidentEvent e, String field) {
        java.util.List<String> out = new java.util.ArrayList<>();
        e.data().path(field).forEach(n -> out.add(n.asText()));
        return out;
    }

    /** Said of an opening or resume whose commander allowed the plan's shell commands; silent otherwise. */
    private String shellWords(IncidentEvent e) {
        return e.data().path("shellAllowed").asBoolean(false) ? say.get("timeline.shell-allowed") : "";
    }

    /** A simulated fault, a drill's fault brought about for real, or one the facilitator was asked to inject by hand. */
    private Words injectWords(IncidentEvent e) {
        String fault = e.text("fault");
        String target = e.text("target");
        if (!e.data().has("injected")) {
            return new Words("inject", say.get("timeline.fault", fault, target, e.text("at")), e.text("value"));
        }
        return e.data().path("injected").asBoolean()
                ? new Words("inject", say.get("timeline.fault.drill", fault, target), recorded.reason(e.text("how")))
                : new Words("inject", say.get("timeline.fault.drill-by-hand", fault, target), recorded.reason(e.text("how")));
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
