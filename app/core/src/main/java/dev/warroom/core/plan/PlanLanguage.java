package dev.warroom.core.plan;

import dev.warroom.core.plan.model.Plan;
import dev.warroom.core.plan.model.Procedure;
import dev.warroom.core.text.TextLanguage;
import java.util.Optional;
import java.util.stream.Stream;

/** The language a plan is written in: the one its source declares, else Chinese if its titles are, else English. */
public final class PlanLanguage {

    private PlanLanguage() {
    }

    public static TextLanguage of(Plan plan) {
        Optional<TextLanguage> declared = Optional.ofNullable(plan.source()).flatMap(s -> TextLanguage.fromTag(s.language()));
        if (declared.isPresent()) {
            return declared.get();
        }
        boolean chinese = Stream.concat(Stream.of(plan.system()), plan.procedures().stream().map(Procedure::title))
                .anyMatch(TextLanguage::hasCjk);
        return chinese ? TextLanguage.TRADITIONAL_CHINESE : TextLanguage.ENGLISH;
    }

    /** What a reader sees: the language asked for, else the system's, else the plan's own. */
    public static TextLanguage chosen(Optional<TextLanguage> asked, Optional<TextLanguage> system, Plan plan) {
        return asked.or(() -> system).orElseGet(() -> of(plan));
    }
}
