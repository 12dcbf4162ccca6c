package dev.warroom.cli;

import dev.warroom.core.drill.ActionItem;
import dev.warroom.core.drill.CriterionMeasure;
import dev.warroom.core.drill.HotWash;
import dev.warroom.core.drill.Rating;
import dev.warroom.core.drill.Verdict;
import dev.warroom.core.plan.model.ChecklistItem;
import dev.warroom.core.plan.model.Drill;
import dev.warroom.core.plan.model.DrillObjective;
import dev.warroom.core.text.TextLanguage;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The facilitator at the terminal at the end of a drill: each verdict left to judge, the hot wash, the cleanup. */
final class TerminalDebrief implements DebriefSource {

    private final TerminalPrompt prompt;
    private final PrintWriter out;
    private final TextLanguage language;

    TerminalDebrief(TerminalPrompt prompt, TextLanguage language) {
        this.prompt = prompt;
        this.out = prompt.out();
        this.language = language;
    }

    @Override
    public DrillAnswers.Judgement verdict(CriterionMeasure measure) {
        out.println();
        out.println("? " + language.pick(measure.criterion().title(), measure.criterion().titleEn()) + " (" + measure.criterion().id()
                + ")" + measure.measured().map(m -> " — measured: " + m).orElse(""));
        while (true) {
            Optional<Verdict> verdict = verdictOf(prompt.ask("  met, not met or undetermined [m/n/u]: "));
            if (verdict.isPresent()) {
                return new DrillAnswers.Judgement(verdict.get(), prompt.ask("  evidence (what you saw): "));
            }
            out.println("  type m (met), n (not met) or u (undetermined)");
        }
    }

    private static Optional<Verdict> verdictOf(String typed) {
        String word = typed.toLowerCase(Locale.ROOT).replace(' ', '-');
        return switch (word) {
            case "m", "y", "yes" -> Optional.of(Verdict.MET);
            case "n", "no" -> Optional.of(Verdict.NOT_MET);
            case "u", "?" -> Optional.of(Verdict.UNDETERMINED);
            default -> Verdict.parse(word);
        };
    }

    @Override
    public Optional<HotWash> hotWash(Drill drill) {
        out.println();
        out.println("Hot wash (one entry a line; an empty line ends each list)");
        List<String> wentWell = lines("  went well: ");
        List<String> toImprove = lines("  to improve: ");
        List<ActionItem> actions = new ArrayList<>();
        for (String text = prompt.ask("  action item (empty: none more): "); !text.isEmpty();
                text = prompt.ask("  action item (empty: none more): ")) {
            String owner = required("    owner: ");
            actions.add(new ActionItem(text, owner, dueDate()));
        }
        Map<String, Rating> ratings = new LinkedHashMap<>();
        for (DrillObjective objective : drill.objectives()) {
            ratingOf(objective).ifPresent(r -> ratings.put(objective.id(), r));
        }
        return Optional.of(new HotWash(wentWell, toImprove, actions, ratings));
    }

    private List<String> lines(String label) {
        List<String> lines = new ArrayList<>();
        for (String line = prompt.ask(label); !line.isEmpty(); line = prompt.ask(label)) {
            lines.add(line);
        }
        return lines;
    }

    private String required(String label) {
        for (String typed = prompt.ask(label); ; typed = prompt.ask(label)) {
            if (!typed.isEmpty()) {
                return typed;
            }
            out.println("    an action item needs one");
        }
    }

    private String dueDate() {
        while (true) {
            String typed = required("    due (YYYY-MM-DD): ");
            try {
                return LocalDate.parse(typed).toString();
            } catch (DateTimeParseException e) {
                out.println("    '" + typed + "' is not a date; write it as YYYY-MM-DD");
            }
        }
    }

    private Optional<Rating> ratingOf(DrillObjective objective) {
        String label = "  rating for " + objective.id() + " — " + language.pick(objective.title(), objective.titleEn())
                + " [P/S/M/U, Enter: none]: ";
        while (true) {
            String typed = prompt.ask(label);
            if (typed.isEmpty()) {
                return Optional.empty();
            }
            Optional<Rating> rating = Rating.parse(typed);
            if (rating.isPresent()) {
                return rating;
            }
            out.println("    P: performed without challenges, S: some challenges, M: major challenges, U: unable to perform");
        }
    }

    @Override
    public List<String> cleanupDone(List<ChecklistItem> open) {
        out.println();
        out.println("Cleanup (tick what is done)");
        List<String> done = new ArrayList<>();
        for (ChecklistItem item : open) {
            String typed = prompt.ask("  " + item.id() + ": " + language.pick(item.title(), item.titleEn()) + " — done? [y/N]: ");
            if (typed.equalsIgnoreCase("y") || typed.equalsIgnoreCase("yes")) {
                done.add(item.id());
            }
        }
        return done;
    }

    @Override
    public String reasonLeftOpen(List<ChecklistItem> open) {
        String label = "  " + open.size() + " cleanup item(s) left open; why close the drill now? ";
        for (String typed = prompt.ask(label); ; typed = prompt.ask(label)) {
            if (!typed.isEmpty()) {
                return typed;
            }
            out.println("  closing with items open needs a reason");
        }
    }
}
