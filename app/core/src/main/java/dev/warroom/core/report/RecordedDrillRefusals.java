package dev.warroom.core.report;

import dev.warroom.core.report.words.ReportWords;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Why the drill desk would not carry out a facilitator's command, as it says so ({@code IncidentStateException}): an
 * inject held, released, skipped, fired or acknowledged when it cannot be (already fired, skipped, lapsed, being fired,
 * not in the drill), an observation, verdict or hot wash without what it needs, a cleanup item unknown or ticked twice, a
 * drill closed too early or already closed, an incident over or playing no drill, an ad-hoc inject that does not hold
 * together (nothing to say or do, a target or trigger the plan lacks, an id taken), an inject the closing drill did not
 * fire; said again in a report's words. Ids, names, a skip's reason and a time into the drill stay as written; a text of
 * another shape is not recognised and the caller keeps it whole.
 */
final class RecordedDrillRefusals {

    private static final List<RecordedShape> SHAPES = List.of(
            RecordedShape.of("this incident plays no drill", "recorded.drill.no-drill"),
            RecordedShape.of("the drill is closed: nothing more can be done in it", "recorded.drill.closed"),
            RecordedShape.of("an observation needs some text", "recorded.drill.observation-empty"),
            RecordedShape.of("no hot wash given", "recorded.drill.no-hot-wash"),
            RecordedShape.of("this drill has no cleanup checklist", "recorded.drill.no-cleanup"),
            RecordedShape.of("the incident is still running: resolve or abort it before closing the drill", "recorded.drill.still-running"),
            RecordedShape.of("cleanup items are still open \\((.*)\\): tick them, or say why the drill closes without them",
                    "recorded.drill.cleanup-open"),
            RecordedShape.of("no cleanup item '(.*)' in this drill; it has: (.*)", "recorded.drill.no-cleanup-item"),
            RecordedShape.of("cleanup item '(.*)' is already ticked", "recorded.drill.cleanup-ticked"),
            RecordedShape.of("say whether '(.*)' was met, not met, or cannot be told \\(undetermined\\)", "recorded.drill.verdict-why"),
            RecordedShape.of("no success criterion '(.*)' in drill '(.*)'; it has: none", "recorded.drill.no-criterion.none"),
            RecordedShape.of("no success criterion '(.*)' in drill '(.*)'; it has: (.*)", "recorded.drill.no-criterion"),
            RecordedShape.of("no objective '(.*)' in drill '(.*)'; it has: none", "recorded.drill.no-objective.none"),
            RecordedShape.of("no objective '(.*)' in drill '(.*)'; it has: (.*)", "recorded.drill.no-objective"),
            RecordedShape.of("no inject '(.*)' in this drill; it has: none", "recorded.drill.no-inject.none"),
            RecordedShape.of("no inject '(.*)' in this drill; it has: (.*)", "recorded.drill.no-inject"),
            RecordedShape.of("say why inject '(.*)' is skipped", "recorded.drill.skip-why"),
            RecordedShape.of("inject '(.*)' is already held", "recorded.drill.already-held"),
            RecordedShape.of("inject '(.*)' is not held: there is nothing to release", "recorded.drill.not-held"),
            RecordedShape.of("inject '(.*)' has not fired: there is nothing to acknowledge", "recorded.drill.not-fired"),
            RecordedShape.of("inject '(.*)' was already acknowledged by (.*)", "recorded.drill.already-acknowledged"),
            RecordedShape.of("inject '(.*)' has no message for the team to acknowledge", "recorded.drill.no-message"),
            RecordedShape.of("inject '(.*)' is being fired: its change to the world is under way", "recorded.drill.being-fired"),
            RecordedShape.of("inject '(.*)' has already fired", "recorded.drill.already-fired"),
            RecordedShape.of("inject '(.*)' has already fired \\((\\d{2,}:\\d{2}) into the drill\\)", "recorded.drill.already-fired.at"),
            RecordedShape.of("inject '(.*)' was skipped: (.*)", "recorded.drill.was-skipped"),
            RecordedShape.of("the drill is closing: inject '(.*)' was not fired", "recorded.drill.closing-not-fired"),
            RecordedShape.of("no inject given", "recorded.drill.no-inject-given"),
            RecordedShape.of("an inject needs a message for the team, a change to the world \\(fault and target\\), or both",
                    "recorded.drill.inject-says-nothing"),
            RecordedShape.of("a change to the world needs a target: a site or a resource of the plan", "recorded.drill.change-without-target"),
            RecordedShape.of("target '(.*)' without a fault: say what happens to it", "recorded.drill.target-without-fault"),
            RecordedShape.of("target '(.*)' is neither a site nor a resource of this plan; it has: (.*)", "recorded.drill.unknown-target"),
            RecordedShape.of("give an inject a time \\(at\\) or a trigger \\(on\\), not both", "recorded.drill.time-and-trigger"),
            RecordedShape.of("a trigger needs the event it waits for", "recorded.drill.trigger-without-event"),
            RecordedShape.of("an inject's time cannot be negative", "recorded.drill.negative-time"),
            RecordedShape.of("the drill already has an inject '(.*)'", "recorded.drill.inject-id-taken"));
    /** What the desk or the drill clock was asked to do when the incident was already over. */
    private static final Pattern TOO_LATE = Pattern.compile("the incident is over: too late to (fire an inject|hold an inject"
            + "|release an inject|skip an inject|add an inject|acknowledge an inject|pause the clock|resume the clock"
            + "|change the clock's speed)");
    /** What an ad-hoc inject's trigger can name: a refusal says which it left out, or which it named that the plan lacks. */
    private static final String TRIGGER_PART = "question node|procedure|step|checklist item|checklist|signal";
    private static final Pattern TRIGGER_NAMES_NO = Pattern.compile("the trigger names no (" + TRIGGER_PART + ") \\(the plan has: (.*)\\)",
            Pattern.DOTALL);
    private static final Pattern TRIGGER_UNKNOWN = Pattern.compile("the trigger's (" + TRIGGER_PART + ") '(.*)' is not in the plan "
            + "\\(it has: (.*)\\)", Pattern.DOTALL);
    private static final Pattern LAPSED = Pattern.compile("inject '(.*)' lapsed \\((not-triggered|not-reached)\\)", Pattern.DOTALL);

    private final ReportWords say;

    RecordedDrillRefusals(ReportWords say) {
        this.say = say;
    }

    Optional<String> said(String recorded) {
        Optional<String> shaped = RecordedShape.sayFirst(SHAPES, say, recorded);
        if (shaped.isPresent()) {
            return shaped;
        }
        Matcher tooLate = TOO_LATE.matcher(recorded);
        if (tooLate.matches()) {
            String doing = tooLate.group(1).replace("'", "").replace(' ', '-');
            return Optional.of(say.get("recorded.drill.too-late", say.get("recorded.drill.doing." + doing)));
        }
        Matcher lapsed = LAPSED.matcher(recorded);
        if (lapsed.matches()) {
            return Optional.of(say.get("recorded.drill.lapsed", lapsed.group(1), say.get("recorded.drill.lapse." + lapsed.group(2))));
        }
        Matcher namesNo = TRIGGER_NAMES_NO.matcher(recorded);
        if (namesNo.matches()) {
            return Optional.of(say.get(orNone("recorded.drill.trigger-names-no", namesNo.group(2)), triggerPart(namesNo.group(1)),
                    namesNo.group(2)));
        }
        Matcher unknown = TRIGGER_UNKNOWN.matcher(recorded);
        if (unknown.matches()) {
            return Optional.of(say.get(orNone("recorded.drill.trigger-unknown", unknown.group(3)), triggerPart(unknown.group(1)),
                    unknown.group(2), unknown.group(3)));
        }
        return Optional.empty();
    }

    private String triggerPart(String part) {
        return say.get("recorded.drill.trigger-part." + part.replace(' ', '-'));
    }

    /** The engine writes "none" for an empty list of ids; the ".none" key says so in a whole sentence instead. */
    private static String orNone(String key, String known) {
        return "none".equals(known) ? key + ".none" : key;
    }
}
