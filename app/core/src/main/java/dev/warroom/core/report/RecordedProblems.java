package dev.warroom.core.report;

import dev.warroom.core.report.words.ReportWords;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A plan check's problem as the validator words it ({@code file:line:column: severity: message}), said again in a
 * report's words: the location stays as written, the severity is said in these words, and so are the messages a plan
 * author meets most (an unknown id, property or node, a missing property, a value that is not a duration, an empty
 * list, a duplicate key, a shell step, a {@code $schema} comment that points nowhere, a live blocker's "blocks DRILL
 * and LIVE"). Ids, names and values stay as written; a message of another shape stays in English.
 */
final class RecordedProblems {

    private static final Pattern LINE = Pattern.compile("(.*:\\d+:\\d+): (error|warning): (.*)", Pattern.DOTALL);
    private static final String BLOCKS_LIVE = " (blocks DRILL and LIVE)";
    private static final Pattern DID_YOU_MEAN = Pattern.compile("(.*) \\(did you mean '([^']*)'\\?\\)", Pattern.DOTALL);
    private static final String NOUNS = "site or resource|site|resource|node|procedure|checklist|role|channel|signal|scenario";
    private static final Pattern UNKNOWN_ID = Pattern.compile("unknown (" + NOUNS + ") '(.*)'", Pattern.DOTALL);
    private static final List<RecordedShape> MESSAGES = List.of(
            RecordedShape.of("unknown property '(.*)'", "recorded.problem.unknown-property"),
            RecordedShape.of("missing required property '(.*)'", "recorded.problem.missing-property"),
            RecordedShape.of("(.*): '(.*)' is not a duration: write a number with a unit, e\\.g\\. 90m, 1h30m, 45s \\(units: ms, s, m, h, d\\)",
                    "recorded.problem.not-a-duration"),
            RecordedShape.of("(.*): must not be empty", "recorded.problem.empty"),
            RecordedShape.of("duplicate key '(.*)' \\(the first one is kept\\)", "recorded.problem.duplicate-key"),
            RecordedShape.of("step '(.*)' runs a shell command on the commander's machine", "recorded.problem.shell-step"));
    private static final Pattern SCHEMA_NOT_THERE = Pattern.compile("\\$schema comment: (.*) is not there relative to this plan, so an "
            + "editor can neither complete nor check it; write it there with: (warroom schema --out .*?)"
            + "( and change the comment to \\$schema=\\./schema/plan\\.schema\\.json)?", Pattern.DOTALL);

    private static final List<RecordedShape> UNPLACED = List.of(
            RecordedShape.of("(.*): the plan could not be checked", "recorded.problem.not-checked"),
            RecordedShape.of("(.*): cannot be loaded", "recorded.problem.not-loaded"));
    private static final String NOT_JOURNALED = "the failed checks could not be written to the journal: ";

    private final ReportWords say;

    RecordedProblems(ReportWords say) {
        this.say = say;
    }

    /** The whole line in these words, or empty when it is of no shape these words know. */
    Optional<String> said(String recorded) {
        Matcher line = LINE.matcher(recorded);
        if (!line.matches()) {
            return unplaced(recorded);
        }
        return Optional.of(say.get("recorded.problem.line", line.group(1), say.get("recorded.problem.severity." + line.group(2)),
                message(line.group(3))));
    }

    /** What the service and the start screen say of a plan whose checks gave no problem to place, or went unrecorded. */
    private Optional<String> unplaced(String recorded) {
        if (recorded.startsWith(NOT_JOURNALED)) {
            return Optional.of(say.get("recorded.problem.not-journaled", recorded.substring(NOT_JOURNALED.length())));
        }
        return RecordedShape.sayFirst(UNPLACED, say, recorded);
    }

    /** A validator's message in these words where its shape is known, else as written. */
    String message(String recorded) {
        if (recorded.endsWith(BLOCKS_LIVE)) {
            return say.get("recorded.problem.blocks-live", message(recorded.substring(0, recorded.length() - BLOCKS_LIVE.length())));
        }
        Matcher hint = DID_YOU_MEAN.matcher(recorded);
        if (hint.matches()) {
            String before = message(hint.group(1));
            return before.equals(hint.group(1)) ? recorded : say.get("recorded.problem.did-you-mean", before, hint.group(2));
        }
        return known(recorded).orElse(recorded);
    }

    private Optional<String> known(String recorded) {
        Matcher unknownId = UNKNOWN_ID.matcher(recorded);
        if (unknownId.matches()) {
            return Optional.of(say.get("recorded.problem.unknown-id", say.get("recorded.problem.noun."
                    + unknownId.group(1).toLowerCase(Locale.ROOT).replace(' ', '-')), unknownId.group(2)));
        }
        Optional<String> simple = RecordedShape.sayFirst(MESSAGES, say, recorded);
        if (simple.isPresent()) {
            return simple;
        }
        Matcher schema = SCHEMA_NOT_THERE.matcher(recorded);
        if (schema.matches()) {
            String write = say.get("recorded.problem.schema-not-there", schema.group(1), schema.group(2));
            return Optional.of(schema.group(3) == null ? write : say.get("recorded.problem.schema-comment-change", write));
        }
        return Optional.empty();
    }
}
