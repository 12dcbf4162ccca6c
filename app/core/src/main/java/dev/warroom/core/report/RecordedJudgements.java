package dev.warroom.core.report;

import dev.warroom.core.report.words.ReportWords;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Why a step's {@code when:} applies or not, as the engine records it in {@code step.condition} and in a skipped step's
 * "condition not met: …" ("resource 'db-dr' is reachable, up, replica, not primary", "signal 'x' holds",
 * "step 'promote' skipped, not succeeded", "parameter 'region' is 'east', not 'west'"), said again in a report's words.
 * The ids, a parameter's values and a connector's problem stay as recorded; a judgement of another shape is not
 * recognised and the caller keeps it whole.
 */
final class RecordedJudgements {

    private static final String WANTED_STATES = "reachable|unreachable|healthy|down|primary|replica";
    private static final Pattern SIGNAL = Pattern.compile("signal '(.*)' (holds|does not hold)( \\(the step applies while it does not\\))?",
            Pattern.DOTALL);
    private static final Pattern STEP = Pattern.compile("step '(.*)' ([a-z ]+?)(?:, not (succeeded|skipped|failed))?");
    private static final Pattern PARAMETER_SET = Pattern.compile("parameter '(.*)' is '(.*)'(?:, not '(.*)')?", Pattern.DOTALL);
    private static final Pattern PARAMETER_UNSET = Pattern.compile("parameter '(.*)' is not set(?:, not '(.*)')?", Pattern.DOTALL);
    private static final Pattern NO_READING = Pattern.compile("resource '(.*)' has no reading");
    private static final Pattern UNREACHABLE = Pattern.compile("resource '(.*)' is unreachable \\((.*)\\)(?:, not (" + WANTED_STATES + "))?",
            Pattern.DOTALL);
    private static final Pattern REACHABLE = Pattern.compile("resource '(.*)' is reachable, ([a-z ]+?)(?:, (primary|replica|standalone))?"
            + "(?:, not (" + WANTED_STATES + "))?");
    private static final String NOTHING = "the condition names nothing to judge";
    private static final String[] STEP_STATUSES = {"pending", "proposed", "confirmed", "running", "succeeded", "awaiting check", "failed",
        "refused", "skipped", "outcome unknown", "rolled back"};

    private final ReportWords say;
    private final Function<String, Optional<String>> state;

    /** {@code state} says a reading's health and role ("up, replica") in the same words, as {@link RecordedWords} does. */
    RecordedJudgements(ReportWords say, Function<String, Optional<String>> state) {
        this.say = say;
        this.state = state;
    }

    Optional<String> said(String recorded) {
        if (recorded.equals(NOTHING)) {
            return Optional.of(say.get("recorded.judged.nothing"));
        }
        Matcher signal = SIGNAL.matcher(recorded);
        if (signal.matches()) {
            String holds = say.get(signal.group(2).equals("holds") ? "recorded.judged.signal.holds" : "recorded.judged.signal.not", signal.group(1));
            return Optional.of(signal.group(3) == null ? holds : say.get("recorded.judged.signal.inverted", holds));
        }
        Matcher step = STEP.matcher(recorded);
        if (step.matches() && isStepStatus(step.group(2))) {
            String ended = say.get("recorded.judged.step", step.group(1), say.get(key("recorded.step-status.", step.group(2))));
            return Optional.of(step.group(3) == null ? ended : say.get("recorded.judged.not", ended, say.get(key("recorded.step-status.", step.group(3)))));
        }
        Matcher unset = PARAMETER_UNSET.matcher(recorded);
        if (unset.matches()) {
            String is = say.get("recorded.judged.parameter.unset", unset.group(1));
            return Optional.of(unset.group(2) == null ? is : say.get("recorded.judged.not.value", is, unset.group(2)));
        }
        Matcher set = PARAMETER_SET.matcher(recorded);
        if (set.matches()) {
            String is = say.get("recorded.judged.parameter", set.group(1), set.group(2));
            return Optional.of(set.group(3) == null ? is : say.get("recorded.judged.not.value", is, set.group(3)));
        }
        Matcher noReading = NO_READING.matcher(recorded);
        if (noReading.matches()) {
            return Optional.of(say.get("recorded.judged.no-reading", noReading.group(1)));
        }
        Matcher unreachable = UNREACHABLE.matcher(recorded);
        if (unreachable.matches()) {
            String problem = unreachable.group(2);
            String seen = state.apply(problem).map(said -> say.get("recorded.judged.seen", unreachable.group(1), said))
                    .orElseGet(() -> say.get("recorded.judged.unreachable", unreachable.group(1), problem));
            return Optional.of(not(seen, unreachable.group(3)));
        }
        Matcher reachable = REACHABLE.matcher(recorded);
        if (reachable.matches()) {
            String reading = reachable.group(2) + (reachable.group(3) == null ? "" : ", " + reachable.group(3));
            Optional<String> seen = reading.equals("no observation") ? Optional.of(say.get("recorded.no-observation")) : state.apply(reading);
            return seen.map(s -> not(say.get("recorded.judged.reachable", reachable.group(1), s), reachable.group(4)));
        }
        return Optional.empty();
    }

    private String not(String seen, String wanted) {
        return wanted == null ? seen : say.get("recorded.judged.not", seen, say.get("recorded.condition-state." + wanted));
    }

    private static boolean isStepStatus(String words) {
        for (String status : STEP_STATUSES) {
            if (status.equals(words)) {
                return true;
            }
        }
        return false;
    }

    private static String key(String prefix, String words) {
        return prefix + words.toLowerCase(Locale.ROOT).replace(' ', '-');
    }
}
