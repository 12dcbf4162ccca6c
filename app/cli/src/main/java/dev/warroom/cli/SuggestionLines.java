package dev.warroom.cli;

import dev.warroom.core.incident.SuggestionProgress;
import dev.warroom.core.plan.model.Answer;
import dev.warroom.core.plan.model.DecisionNode;
import dev.warroom.core.plan.model.Plan;
import dev.warroom.core.text.TextLanguage;
import dev.warroom.core.time.DurationText;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The terminal's words for a question's suggestions: each stronger suggestion still building, with its signal and
 * evidence, and one countdown line (the offered one's held time, each stronger one's time still needed) that can be
 * written again as the clock moves. Times count on from the signals' last judgement, assuming they keep holding.
 */
final class SuggestionLines {

    private final Plan plan;
    private final TextLanguage language;
    private final DecisionNode node;
    private final List<SuggestionProgress> progress;
    private final Optional<Instant> seenAt;

    SuggestionLines(Plan plan, TextLanguage language, DecisionNode node, List<SuggestionProgress> progress, Optional<Instant> seenAt) {
        this.plan = plan;
        this.language = language;
        this.node = node;
        this.progress = progress.stream().filter(p -> p.node().equals(node.id())).toList();
        this.seenAt = seenAt;
    }

    /** Whether there is a countdown to show: a stronger suggestion building, or (with none offered) one on its way. */
    boolean hasCountdown() {
        return progress.stream().anyMatch(SuggestionProgress::stronger) || offered().isEmpty() && progress.stream()
                .anyMatch(p -> p.holding() && !p.satisfied());
    }

    /** The stronger suggestions still building, with their signals and evidence: printed once. */
    List<String> building() {
        List<String> lines = new ArrayList<>();
        for (SuggestionProgress p : progress) {
            if (p.stronger()) {
                lines.add("  building: " + number(p) + ") " + answer(p) + " — " + signal(p));
                lines.add("    evidence: " + String.join("; ", p.evidence()));
            }
        }
        return lines;
    }

    /** The one countdown line, as it reads at {@code now}. */
    String countdown(Instant now) {
        Optional<SuggestionProgress> offered = offered();
        if (offered.isEmpty()) {
            Duration longest = progress.stream().filter(p -> p.holding() && !p.satisfied()).map(p -> remaining(p, now))
                    .max(Duration::compareTo).orElse(Duration.ZERO);
            return "  (a live signal may suggest an answer in " + DurationText.human(longest) + ")";
        }
        StringBuilder line = new StringBuilder("  signals: ").append(number(offered.get())).append(") held ")
                .append(DurationText.human(held(offered.get(), now))).append(" (needs ")
                .append(DurationText.human(offered.get().needed())).append(")");
        for (SuggestionProgress p : progress) {
            if (p.stronger()) {
                Duration left = remaining(p, now);
                line.append(" · ").append(number(p)).append(") ").append(left.isZero()
                        ? "has held " + DurationText.human(p.needed()) + " if it kept holding: type " + number(p) + " to take it"
                        : "may replace it in " + DurationText.human(left) + " (held " + DurationText.human(held(p, now)) + " of "
                                + DurationText.human(p.needed()) + ")");
            }
        }
        return line.toString();
    }

    private Optional<SuggestionProgress> offered() {
        return progress.stream().filter(SuggestionProgress::offered).findFirst();
    }

    private Duration held(SuggestionProgress p, Instant now) {
        Duration since = seenAt.filter(now::isAfter).map(at -> Duration.between(at, now)).orElse(Duration.ZERO);
        return p.holding() ? p.heldFor().plus(since) : Duration.ZERO;
    }

    private Duration remaining(SuggestionProgress p, Instant now) {
        Duration left = p.needed().minus(held(p, now));
        return left.isNegative() ? Duration.ZERO : left;
    }

    private int number(SuggestionProgress p) {
        return 1 + node.answers().stream().map(Answer::id).toList().indexOf(p.answer());
    }

    private String answer(SuggestionProgress p) {
        return node.answers().stream().filter(a -> a.id().equals(p.answer())).findFirst()
                .map(a -> language.pick(a.label(), a.labelEn())).orElse(p.answer());
    }

    private String signal(SuggestionProgress p) {
        return plan.signals().stream().filter(s -> s.id().equals(p.signal())).findFirst()
                .map(s -> language.pick(s.title(), s.titleEn())).orElse(p.signal());
    }
}
