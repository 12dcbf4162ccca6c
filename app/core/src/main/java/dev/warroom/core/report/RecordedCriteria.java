package dev.warroom.core.report;

import dev.warroom.core.report.words.ReportWords;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A drill criterion's evidence as the engine records it in {@code criterion.judged} when no person gave any: why an
 * {@code --auto} run left it undetermined, why the journal could not measure it or left it to the facilitator, and the
 * replica lag it read at a promotion. Said again in a report's words, old journals' as well; step ids, stopwatch times
 * and durations stay as recorded, and what a person said as evidence (any other shape) stays as they said it.
 */
final class RecordedCriteria {

    private static final String NO_MAX = "; the criterion has no max to judge it by";
    private static final List<RecordedShape> SHAPES = List.of(
            RecordedShape.of("not judged: an --auto run has no facilitator to ask", "recorded.criterion.auto"),
            RecordedShape.of("the criterion names no metric: the facilitator judges it", "recorded.criterion.no-metric"),
            RecordedShape.of("a custom criterion: the journal cannot measure it, the facilitator judges it", "recorded.criterion.custom"),
            RecordedShape.of("not measured yet: the incident has not recovered", "recorded.criterion.not-recovered"),
            RecordedShape.of("the incident was aborted before it recovered \\(incident\\.aborted (\\S+)\\): the journal holds no recovery time",
                    "recorded.criterion.aborted"),
            RecordedShape.of("not measured yet: no promotion has started", "recorded.criterion.no-promotion-yet"),
            RecordedShape.of("the journal records no replica lag at a promotion: no (\\S+) step started before the incident was aborted",
                    "recorded.criterion.no-promotion-aborted"),
            RecordedShape.of("the journal records no replica lag at a promotion \\(no (\\S+) step started\\): the facilitator judges it",
                    "recorded.criterion.no-promotion"),
            RecordedShape.of("step\\.started (.*) (\\d+:\\d\\d): replica lag (\\S+) at promotion", "recorded.criterion.lag-at-step"),
            RecordedShape.of("replica lag (\\S+) at promotion", "recorded.criterion.lag"));

    private final ReportWords say;

    RecordedCriteria(ReportWords say) {
        this.say = say;
    }

    /** The evidence in these words where the engine wrote it, else empty. */
    Optional<String> said(String recorded) {
        if (recorded.endsWith(NO_MAX)) {
            String measured = recorded.substring(0, recorded.length() - NO_MAX.length());
            return Optional.of(say.get("recorded.criterion.no-max", said(measured).orElse(measured)));
        }
        return RecordedShape.sayFirst(SHAPES, say, recorded);
    }
}
