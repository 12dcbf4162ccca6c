package dev.warroom.core.report;

import dev.warroom.core.incident.IncidentEvent;
import dev.warroom.core.report.words.ReportWords;
import dev.warroom.core.text.TextLanguage;
import dev.warroom.core.time.DurationText;
import dev.warroom.core.world.Health;
import dev.warroom.core.world.ReplicationRole;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * WarRoom's fixed vocabulary as the engine records it in the journal ("up, replica", "unreachable: …",
 * "not observed", "held for 40s of 1m needed", "condition not met: …", "nobody checked '…'", "yes: …"),
 * said in a report's language when it is read. Only the engine's own words change: what follows them
 * (a connector's error, a plan's question, a person's words) stays as recorded, and a text these words do
 * not recognise is returned whole. In English every text is returned exactly as recorded.
 */
public final class RecordedWords {

    private static final String[] STATUSES = {"stale", "unreachable", "timed out", "throttled", "auth failed", "error",
        "not observed in DRILL", "no probe"};
    private static final String[] FIXED = {"not observed", "not observed yet", "no observation", "no observation yet",
        "waiting for the first answer", "every resource reachable and up", "no resource matches this signal",
        "no window to judge the samples over", "in the simulated world"};
    private static final String NO_CHECK = "nobody checked the outcome; the plan gives this step no check";
    private static final String CONDITION_NOT_MET = "condition not met: ";
    private static final String NOT_VERIFIED = "not verified: ";
    /** The simulated world's name as a journal records it. */
    public static final String SIMULATED_WORLD = "simulated";
    private static final String CHECK_FAILED = "check failed: ";
    private static final String NO_PROBE_FOR = "no probe for kind ";
    private static final Pattern LAST_OBSERVED = Pattern.compile("last observed (\\S+) ago");
    private static final Pattern BY_HAND = Pattern.compile("done by hand, started by (.*)", Pattern.DOTALL);
    private static final Pattern HELD = Pattern.compile("held for (\\S+)(?: of (\\S+) needed)?");
    private static final Pattern NOBODY_CHECKED = Pattern.compile("nobody checked '(.*)'(?: \\((.*)\\))?", Pattern.DOTALL);
    private static final Pattern SIGNAL = Pattern.compile("signal '(.*)' (is satisfied|is not satisfied yet)");
    private static final Pattern MORE = Pattern.compile("(.*) and (\\d+) more");
    private static final Pattern LAG = Pattern.compile("(.*), lag (\\S+)");

    private final ReportWords say;
    private final boolean asRecorded;
    private final RecordedJudgements judgements;
    private final RecordedRefusals refusals;
    private final RecordedCommandRefusals commandRefusals;
    private final RecordedDrillRefusals drillRefusals;
    private final RecordedProblems problems;
    private final RecordedCriteria criteria;
    private final RecordedPreviews previews;
    private final RecordedConnectorPreviews connectorPreviews;
    private final RecordedReadings readings;

    public RecordedWords(ReportWords say) {
        this.say = say;
        this.asRecorded = say.language().equals(TextLanguage.ENGLISH);
        this.judgements = new RecordedJudgements(say, this::stateOf);
        this.refusals = new RecordedRefusals(say);
        this.commandRefusals = new RecordedCommandRefusals(say);
        this.drillRefusals = new RecordedDrillRefusals(say);
        this.problems = new RecordedProblems(say);
        this.criteria = new RecordedCriteria(say);
        this.previews = new RecordedPreviews(say);
        this.connectorPreviews = new RecordedConnectorPreviews(say, previews);
        this.readings = new RecordedReadings(say);
    }

    /** A resource's state as {@code state.changed} records it ({@code state}, {@code was}) or a signal's evidence describes it. */
    public String state(String recorded) {
        return asRecorded ? recorded : stateOf(recorded).orElse(recorded);
    }

    /**
     * A reason the engine recorded (a skipped step's, an unverified step's, a refused action's, a rollback's), one line of a signal's or a round's evidence,
     * the board's note on a reading ("not observed yet", "last observed 2m ago"), or why the engine refused a command ("parameter 'x' is already set
     * to 'y'", "the drill clock is already paused", "inject 'x' is already held").
     */
    public String reason(String recorded) {
        return asRecorded ? recorded : reasonOf(recorded).orElse(recorded);
    }

    /**
     * The world an incident ran on ({@code incident.opened}'s {@code world}): the simulated world in this language,
     * the real connectors' names ("aws+azure+web") as recorded.
     */
    public String world(String recorded) {
        return asRecorded || !SIMULATED_WORLD.equals(recorded) ? recorded : say.get("recorded.world.simulated");
    }

    /** Why a step's condition applies or not ({@code step.condition}'s {@code because}): ids, values and problems as recorded. */
    public String judgement(String recorded) {
        return asRecorded ? recorded : judgements.said(recorded).orElse(recorded);
    }

    /**
     * A plan check's problem line ({@code file:line:column: error: message}, as the validator formats it and
     * {@code plan.checks-failed} records it): the location as written, the severity and the validator's recurring messages
     * in this language; a message these words do not know stays as written.
     */
    public String problem(String recorded) {
        return asRecorded ? recorded : problems.said(recorded).orElse(recorded);
    }

    /**
     * A drill criterion's evidence ({@code criterion.judged}'s {@code evidence}): the engine's own (an {@code --auto} run's
     * "not judged", why the journal could not measure it, the lag read at a promotion) in this language, a person's as said.
     */
    public String criterionEvidence(String recorded) {
        return asRecorded ? recorded : criteria.said(recorded).orElse(recorded);
    }

    /**
     * A dry-run preview's summary or one of its change lines ({@code step.proposed}'s {@code preview}), as the simulated world
     * and the real connectors write them: ids, names, URLs and values as recorded. A preview's call is a command and is never
     * said again.
     */
    public String preview(String recorded) {
        return asRecorded ? recorded : connectorPreviews.said(recorded).or(() -> previews.said(recorded)).orElse(recorded);
    }

    /**
     * What a board row shows of a resource: the simulated world's reading of it ("replicas 3/3", "target …", "link up") or
     * why it has none ("no answer from …", a provider's throttling or expired credentials as the world writes them), ids,
     * names, times and error codes as recorded; any other text (a board note, a real connector's error) as {@link #reason}
     * says it.
     */
    public String reading(String recorded) {
        return asRecorded ? recorded : readings.said(recorded).or(() -> reasonOf(recorded)).orElse(recorded);
    }

    /** Lines of evidence or reasons, one after the other, with this language's separator ("; " in English, "；" in Chinese). */
    public String joined(List<String> lines) {
        return String.join(asRecorded ? "; " : say.get("recorded.separator"), lines);
    }

    /** A person's answer to a step's check, "yes" or "no" and what they said: the yes or no in this language, their words as said. */
    public String answer(String recorded) {
        if (asRecorded) {
            return recorded;
        }
        for (String word : new String[] {"yes", "no"}) {
            if (recorded.equals(word)) {
                return say.get("recorded.answer." + word);
            }
            if (recorded.startsWith(word + ": ")) {
                return say.get("recorded.answer.said", say.get("recorded.answer." + word), recorded.substring(word.length() + 2));
            }
        }
        return recorded;
    }

    /**
     * Why a step failed ({@code step.failed}): its reason as recorded, except a check a person answered "no" to, which is
     * said again from its fields (what was asked, by whom, their answer) so that only their words stay as they said them.
     */
    public String failure(IncidentEvent failed) {
        if (asRecorded || failed.text("asked").isEmpty() || failed.text("answer").isEmpty()) {
            return reason(failed.text("reason"));
        }
        return say.get("recorded.check-failed", failed.text("asked"), failed.text("by").isEmpty() ? failed.actor() : failed.text("by"),
                answer(failed.text("answer")));
    }

    private Optional<String> reasonOf(String recorded) {
        Optional<String> refused = refusals.said(recorded).or(() -> commandRefusals.said(recorded))
                .or(() -> drillRefusals.said(recorded));
        if (refused.isPresent()) {
            return refused;
        }
        if (recorded.startsWith(CONDITION_NOT_MET)) {
            return Optional.of(say.get("recorded.condition-not-met", judgement(recorded.substring(CONDITION_NOT_MET.length()))));
        }
        if (recorded.startsWith(NOT_VERIFIED)) {
            String why = recorded.substring(NOT_VERIFIED.length());
            return Optional.of(say.get("recorded.not-verified", reasonOf(why).orElse(why)));
        }
        Matcher byHand = BY_HAND.matcher(recorded);
        if (byHand.matches()) {
            return Optional.of(say.get("recorded.done-by-hand", byHand.group(1)));
        }
        if (recorded.startsWith(CHECK_FAILED)) {
            String answer = recorded.substring(CHECK_FAILED.length());
            String said = answer(answer);
            return said.equals(answer) ? Optional.empty() : Optional.of(say.get("recorded.check-failed.answer", said));
        }
        if (recorded.equals(NO_CHECK)) {
            return Optional.of(say.get("recorded.nobody-checked.no-check"));
        }
        Matcher nobody = NOBODY_CHECKED.matcher(recorded);
        if (nobody.matches()) {
            return Optional.of(nobody.group(2) == null ? say.get("recorded.nobody-checked", nobody.group(1))
                    : say.get("recorded.nobody-checked.why", nobody.group(1), nobody.group(2)));
        }
        Matcher held = HELD.matcher(recorded);
        if (held.matches()) {
            // Journals written before a signal without a sustained time said only how long it held read "of 0s needed".
            boolean nothingNeeded = held.group(2) == null || DurationText.parse(held.group(2)).filter(Duration::isZero).isPresent();
            return Optional.of(nothingNeeded ? say.get("recorded.held-for.nothing-needed", duration(held.group(1)))
                    : say.get("recorded.held-for", duration(held.group(1)), duration(held.group(2))));
        }
        Matcher lastObserved = LAST_OBSERVED.matcher(recorded);
        if (lastObserved.matches()) {
            return Optional.of(say.get("recorded.last-observed", duration(lastObserved.group(1))));
        }
        if (recorded.startsWith(NO_PROBE_FOR)) {
            return Optional.of(say.get("recorded.no-probe-for", recorded.substring(NO_PROBE_FOR.length())));
        }
        Matcher signal = SIGNAL.matcher(recorded);
        if (signal.matches()) {
            return Optional.of(say.get(signal.group(2).equals("is satisfied") ? "recorded.signal.satisfied" : "recorded.signal.not-yet",
                    signal.group(1)));
        }
        int colon = recorded.indexOf(": ");
        if (colon > 0) {
            Optional<String> state = stateOf(recorded.substring(colon + 2));
            if (state.isPresent()) {
                return Optional.of(say.get("recorded.of", names(recorded.substring(0, colon)), state.get()));
            }
        }
        return stateOf(recorded);
    }

    private Optional<String> stateOf(String recorded) {
        Matcher lag = LAG.matcher(recorded);
        if (lag.matches()) {
            return stateOf(lag.group(1)).map(s -> say.get("recorded.lag", s, duration(lag.group(2))));
        }
        Optional<String> fixed = fixed(recorded);
        if (fixed.isPresent()) {
            return fixed;
        }
        for (String status : STATUSES) {
            if (recorded.equals(status)) {
                return Optional.of(say.get(key("recorded.status.", status)));
            }
            if (recorded.startsWith(status + ": ")) {
                String detail = recorded.substring(status.length() + 2);
                return Optional.of(say.get("recorded.problem", say.get(key("recorded.status.", status)), fixed(detail).orElse(detail)));
            }
        }
        String[] parts = recorded.split(", ", -1);
        if (parts.length > 2) {
            return Optional.empty();
        }
        Optional<String> health = constant(Health.class, parts[0]).map(h -> say.get(key("recorded.health.", parts[0])));
        if (parts.length == 1 || health.isEmpty()) {
            return health;
        }
        return constant(ReplicationRole.class, parts[1]).filter(r -> r != ReplicationRole.NONE)
                .map(r -> say.get("recorded.with-role", health.get(), say.get(key("recorded.role.", parts[1]))));
    }

    private Optional<String> fixed(String recorded) {
        for (String words : FIXED) {
            if (recorded.equals(words)) {
                return Optional.of(say.get(key("recorded.", words)));
            }
        }
        return Optional.empty();
    }

    /** Resource ids as the evidence lists them, "a, b, c and 4 more": the ids as recorded. */
    private String names(String recorded) {
        Matcher more = MORE.matcher(recorded);
        return more.matches() ? say.get("recorded.more", more.group(1), more.group(2)) : recorded;
    }

    private String duration(String recorded) {
        return DurationText.parse(recorded).map(say::duration).orElse(recorded);
    }

    private static <E extends Enum<E>> Optional<E> constant(Class<E> type, String word) {
        for (E value : type.getEnumConstants()) {
            if (value.name().toLowerCase(Locale.ROOT).equals(word)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }

    private static String key(String prefix, String words) {
        return prefix + words.toLowerCase(Locale.ROOT).replace(' ', '-');
    }
}
