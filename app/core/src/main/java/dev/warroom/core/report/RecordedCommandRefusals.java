package dev.warroom.core.report;

import dev.warroom.core.report.words.ReportWords;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Why the engine would not carry out a command, as it says so ({@code IncidentStateException}: a value for a parameter
 * that does not fit or was given already, a checklist item ticked twice, a step in the wrong state for what was asked, a
 * reason left out, a drill clock that cannot pause or change speed, an incident already over or closed), said again in a
 * report's words. Ids, values and a parameter's pattern stay as written; a text of another shape is not recognised and
 * the caller keeps it whole.
 */
final class RecordedCommandRefusals {

    private static final String STATUS = "pending|proposed|confirmed|running|succeeded|awaiting check|failed|refused|skipped|outcome unknown"
            + "|rolled back";
    private static final List<RecordedShape> PLAIN = List.of(
            RecordedShape.of("procedure '(.*)' is not running", "recorded.command.procedure-not-running"),
            RecordedShape.of("procedure '(.*)' has no parameter '(.*)'", "recorded.command.no-parameter"),
            RecordedShape.of("parameter '(.*)' is already set to '(.*)'", "recorded.command.parameter-set"),
            RecordedShape.of("parameter '(.*)' needs a value", "recorded.command.parameter-needs-value"),
            RecordedShape.of("'(.*)' is not a value for parameter '(.*)': it must match (.*) \\(e\\.g\\. (.*)\\)",
                    "recorded.command.parameter-mismatch.example"),
            RecordedShape.of("'(.*)' is not a value for parameter '(.*)': it must match (.*)", "recorded.command.parameter-mismatch"),
            RecordedShape.of("parameter '(.*)' has a pattern that is not a regular expression", "recorded.command.parameter-bad-pattern"),
            RecordedShape.of("no checklist item '(.*)'", "recorded.command.no-checklist-item"),
            RecordedShape.of("'(.*)' is already ticked", "recorded.command.already-ticked"),
            RecordedShape.of("'(.*)' is not an answer to '(.*)'", "recorded.command.not-an-answer"),
            RecordedShape.of("step '(.*)' is running; wait for its outcome", "recorded.command.step-running"),
            RecordedShape.of("step '(.*)' has no rollback in the plan", "recorded.command.no-rollback"),
            RecordedShape.of("step '(.*)' is not a go/no-go: skip it with a reason instead", "recorded.command.not-go-no-go"),
            RecordedShape.of("in (TABLETOP|DRILL|LIVE) time is real: its speed cannot change", "recorded.command.clock-real"),
            RecordedShape.of("a speed is a positive number of incident seconds per real second \\(1, 2, 5, 10, 60\\), not (.*)",
                    "recorded.command.speed-invalid"),
            RecordedShape.of("the clock already runs at (.*)", "recorded.command.speed-same"));
    private static final List<RecordedShape> FIXED = List.of(
            RecordedShape.of("no current decision", "recorded.command.no-decision"),
            RecordedShape.of("a note needs some text", "recorded.command.note-empty"),
            RecordedShape.of("say why the incident is aborted", "recorded.command.abort-why"),
            RecordedShape.of("the incident is already over", "recorded.command.over"),
            RecordedShape.of("say what shows it has recovered", "recorded.command.recovered-why"),
            RecordedShape.of("say why the step is skipped", "recorded.command.skip-why"),
            RecordedShape.of("the incident is closed: nothing more can be recorded in it", "recorded.command.closed"),
            RecordedShape.of("the drill clock is already paused", "recorded.command.clock-paused"),
            RecordedShape.of("the drill clock is not paused", "recorded.command.clock-not-paused"));
    private static final Pattern NO_STEP = Pattern.compile("no step to (confirm|run|check|refuse|verify|skip|retry|roll back): "
            + "no procedure is running");
    private static final Pattern VIRTUAL_CLOCK = Pattern.compile("this run's clock is virtual \\(an automatic run: its time moves with the "
            + "events\\): it cannot be (paused|resumed|sped up or slowed down)");
    private static final Pattern NOT_DECIDING = Pattern.compile("the incident is (deciding|recovering|resolved|aborted), not at a decision");
    private static final List<String> NEEDS = List.of("; it runs only after confirmation", "; nothing is asked to be checked",
            "; only a proposed go/no-go can be refused", ", not of unknown outcome",
            "; only a failed, refused, rolled-back or unknown-outcome step can be retried",
            "; only a failed or unknown-outcome step can be rolled back");
    /** The key of each of {@link #NEEDS}, in the same order. */
    private static final List<String> NEED_KEYS = List.of("confirm-first", "nothing-to-check", "refuse-proposed", "not-unknown",
            "retry-ended", "roll-back-failed");
    /** A step in a state the command does not take, and what the command needs: the state is said in these words. */
    private static final Pattern STEP_STATE = Pattern.compile("step '(.*)' is (" + STATUS + ")("
            + String.join("|", NEEDS.stream().map(Pattern::quote).toList()) + ")", Pattern.DOTALL);

    private final ReportWords say;

    RecordedCommandRefusals(ReportWords say) {
        this.say = say;
    }

    Optional<String> said(String recorded) {
        Optional<String> plain = RecordedShape.sayFirst(FIXED, say, recorded).or(() -> RecordedShape.sayFirst(PLAIN, say, recorded));
        if (plain.isPresent()) {
            return plain;
        }
        Matcher noStep = NO_STEP.matcher(recorded);
        if (noStep.matches()) {
            return Optional.of(say.get("recorded.command.no-step", say.get(key("recorded.command.doing.", noStep.group(1)))));
        }
        Matcher virtual = VIRTUAL_CLOCK.matcher(recorded);
        if (virtual.matches()) {
            return Optional.of(say.get("recorded.command.clock-virtual", say.get(key("recorded.command.clock-doing.",
                    virtual.group(1).startsWith("sped") ? "speed" : virtual.group(1)))));
        }
        Matcher notDeciding = NOT_DECIDING.matcher(recorded);
        if (notDeciding.matches()) {
            return Optional.of(say.get("recorded.command.not-deciding", say.get("status." + notDeciding.group(1))));
        }
        Matcher state = STEP_STATE.matcher(recorded);
        if (state.matches()) {
            return Optional.of(say.get("recorded.command.step-state." + NEED_KEYS.get(NEEDS.indexOf(state.group(3))), state.group(1),
                    say.get(key("recorded.step-status.", state.group(2)))));
        }
        return Optional.empty();
    }

    private static String key(String prefix, String words) {
        return prefix + words.toLowerCase(Locale.ROOT).replace(' ', '-');
    }
}
