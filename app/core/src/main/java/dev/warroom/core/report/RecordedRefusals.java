package dev.warroom.core.report;

import dev.warroom.core.report.words.ReportWords;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Why WarRoom would not run an action, as the dispatcher records it in a failed step or rollback (a mode that never
 * reaches where the action would go, a plan's shell command the user did not allow, an action this world cannot
 * perform, a plan still being checked or that failed its checks), and the fixed words around a rollback done by hand
 * or a go/no-go refused without a reason, and a confirmation the engine refuses (a destructive step's target name typed
 * wrong, a value still missing, a step already running): said again in a report's words. Kinds, targets and a connector's words stay
 * as recorded; a text of another shape is not recognised and the caller keeps it whole.
 */
final class RecordedRefusals {

    private static final Pattern REACH = Pattern.compile("(TABLETOP|DRILL|LIVE) incident refused (\\S+) on (.*): it would reach "
            + "(the simulated world|a drill environment|a live system), which \\1 never touches(?: \\((.*)\\))?", Pattern.DOTALL);
    private static final String SHELL = "refused to run a shell command from this plan: the user has not allowed it";
    private static final List<RecordedShape> PLAIN = List.of(
            RecordedShape.of("no way to perform (\\S+) in the (.*) world", "recorded.refused.no-way"),
            RecordedShape.of("refused (\\S+) on (.*): the plan is still being checked, and no action runs before its checks pass",
                    "recorded.refused.checking"),
            RecordedShape.of("refused (\\S+) on (.*): the plan does not validate \\((\\d+) problem\\(s\\)\\), so no action of it runs; "
                    + "fix it and open it again", "recorded.refused.plan-failed"),
            RecordedShape.of("step '(.*)' needs a value for (.*): give it before confirming", "recorded.refused.needs-value"));
    private static final Pattern TYPED_NAME = Pattern.compile("destructive step '(.*)': type the target name '(.*)' exactly to confirm"
            + "(?: \\(you typed '(.*)'\\))?", Pattern.DOTALL);
    private static final String ALREADY_RUNNING = "a step is already running";
    private static final String ROLLED_BACK_BY_HAND = "done by hand: ";
    private static final String NO_REASON = "no reason given";

    private final ReportWords say;

    RecordedRefusals(ReportWords say) {
        this.say = say;
    }

    Optional<String> said(String recorded) {
        Matcher reach = REACH.matcher(recorded);
        if (reach.matches()) {
            String refused = say.get("recorded.refused.reach", reach.group(1), reach.group(2), reach.group(3), say.get(reachKey(reach.group(4))));
            return Optional.of(reach.group(5) == null ? refused : say.get("recorded.refused.reach.where", refused, reach.group(5)));
        }
        if (recorded.startsWith(SHELL)) {
            return Optional.of(say.get("recorded.refused.shell"));
        }
        Optional<String> plain = RecordedShape.sayFirst(PLAIN, say, recorded);
        if (plain.isPresent()) {
            return plain;
        }
        Matcher typed = TYPED_NAME.matcher(recorded);
        if (typed.matches()) {
            String type = say.get("recorded.refused.type-target", typed.group(1), typed.group(2));
            return Optional.of(typed.group(3) == null ? type : say.get("recorded.refused.type-target.typed", type, typed.group(3)));
        }
        if (recorded.equals(ALREADY_RUNNING)) {
            return Optional.of(say.get("recorded.refused.already-running"));
        }
        if (recorded.startsWith(ROLLED_BACK_BY_HAND)) {
            return Optional.of(say.get("recorded.rolled-back-by-hand", recorded.substring(ROLLED_BACK_BY_HAND.length())));
        }
        if (recorded.equals(NO_REASON)) {
            return Optional.of(say.get("recorded.no-reason-given"));
        }
        return Optional.empty();
    }

    private static String reachKey(String where) {
        return switch (where) {
            case "the simulated world" -> "recorded.reach.simulated";
            case "a drill environment" -> "recorded.reach.drill";
            default -> "recorded.reach.live";
        };
    }
}
