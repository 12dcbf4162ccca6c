package dev.warroom.console.start;

import dev.warroom.console.i18n.Messages;
import dev.warroom.core.plan.model.CriterionMetric;
import dev.warroom.core.plan.model.Drill;
import dev.warroom.core.plan.model.DrillType;
import dev.warroom.core.plan.model.SuccessCriterion;
import dev.warroom.core.text.SafeText;
import dev.warroom.core.text.TextLanguage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A drill in the start screen's words: its title in the console's language (the English text where the plan
 * gives one and the console speaks English) with the plan's text as written beside it, its type, how often
 * and how long, who takes part, and each success criterion with the drill's own target.
 */
final class DrillWords {

    private final Messages messages;

    DrillWords(Messages messages) {
        this.messages = messages;
    }

    /** The language plan text is shown in now: English where the plan has it and the console speaks English. */
    TextLanguage language() {
        return TextLanguage.fromLocale(messages.locale()).orElse(TextLanguage.ENGLISH);
    }

    String title(Drill drill) {
        return SafeText.forDisplay(language().pick(drill.title(), drill.titleEn()));
    }

    /** The plan's own title when the line above shows another text; empty when they are the same. */
    Optional<String> asWritten(Drill drill) {
        String shown = language().pick(drill.title(), drill.titleEn());
        if (drill.title() == null || Objects.equals(shown, drill.title())) {
            return Optional.empty();
        }
        return Optional.of(SafeText.forDisplay(drill.title()));
    }

    /** Type · how often (or when) · how long · how many criteria. */
    String facts(Drill drill) {
        List<String> parts = new ArrayList<>();
        parts.add(messages.get(typeKey(drill.type())));
        Optional.ofNullable(drill.frequency()).filter(f -> !f.isBlank()).ifPresent(parts::add);
        Optional.ofNullable(drill.schedule()).filter(s -> !s.isBlank()).ifPresent(parts::add);
        Optional.ofNullable(drill.date()).filter(d -> !d.isBlank()).ifPresent(parts::add);
        Optional.ofNullable(drill.duration()).map(messages::duration).ifPresent(parts::add);
        parts.add(messages.get("start.drill.criteria.count", drill.successCriteria().size()));
        return SafeText.forDisplay(String.join(" · ", parts));
    }

    /** Who takes part, as the plan names them; empty when it names nobody. */
    Optional<String> participants(Drill drill) {
        return drill.participants().isEmpty() ? Optional.empty()
                : Optional.of(messages.get("start.drill.participants", SafeText.forDisplay(String.join(", ", drill.participants()))));
    }

    String criterionTitle(SuccessCriterion criterion) {
        return SafeText.forDisplay(language().pick(criterion.title(), criterion.titleEn()));
    }

    /** What the criterion is judged against: the drill's own bound for RTO, RPO and data loss; a person's yes or no for the rest. */
    String criterionTarget(SuccessCriterion criterion) {
        Duration max = criterion.max();
        if (max == null && criterion.metric() != CriterionMetric.DATA_LOSS) {
            return messages.get("start.drill.criterion.custom");
        }
        return switch (criterion.metric()) {
            case RTO -> messages.get("start.drill.criterion.rto", messages.duration(max));
            case RPO -> messages.get("start.drill.criterion.rpo", messages.duration(max));
            case DATA_LOSS -> max == null || max.isZero() ? messages.get("start.drill.criterion.no-data-loss")
                    : messages.get("start.drill.criterion.data-loss", messages.duration(max));
            case CUSTOM -> messages.get("start.drill.criterion.custom");
        };
    }

    private static String typeKey(DrillType type) {
        return switch (type) {
            case TABLETOP -> "start.drill.type.tabletop";
            case PARTIAL_FAILOVER -> "start.drill.type.partial-failover";
            case FULL_FAILOVER -> "start.drill.type.full-failover";
            case SURPRISE -> "start.drill.type.surprise";
            case BACKUP_RESTORE -> "start.drill.type.backup-restore";
            case COMPONENT_FAILURE -> "start.drill.type.component-failure";
            case PLAN_REVIEW -> "start.drill.type.plan-review";
        };
    }
}
