package dev.warroom.importer;

import java.util.List;
import java.util.function.BiPredicate;

/** How much of a hand-written plan's seed content an imported draft found, each count in order. */
record ImportComparison(int steps, int stepsFound, long commands, int commandsFound, int items, int itemsFound, int targets, int targetsFound) {

    static ImportComparison of(PlanFigures plan, PlanFigures draft) {
        return new ImportComparison(
                plan.steps().size(), inOrder(plan.steps(), draft.steps(), ImportComparison::sameStep, true),
                plan.commands(), inOrder(plan.steps().stream().filter(s -> s.command() != null).toList(),
                        draft.steps().stream().filter(s -> s.command() != null).toList(), (p, d) -> d.command().contains(p.command()), false),
                plan.checklistItems().size(), inOrder(plan.checklistItems(), draft.checklistItems(), String::equals, true),
                plan.targets().size(), inOrder(plan.targets(), draft.targets(), String::equals, true));
    }

    /** A step is found when the draft has one with its title, or whose command holds its command. */
    private static boolean sameStep(PlanFigures.Step plan, PlanFigures.Step draft) {
        return plan.title().equals(draft.title())
                || plan.command() != null && draft.command() != null && draft.command().contains(plan.command());
    }

    /**
     * How many of {@code expected} are matched by {@code found} in the same order (greedy); {@code oneToOne} uses each
     * found element once, otherwise several expected ones may share one (several commands of one drafted step).
     */
    static <P, D> int inOrder(List<P> expected, List<D> found, BiPredicate<P, D> matches, boolean oneToOne) {
        int count = 0;
        int from = 0;
        for (P wanted : expected) {
            for (int i = from; i < found.size(); i++) {
                if (matches.test(wanted, found.get(i))) {
                    count++;
                    from = oneToOne ? i + 1 : i;
                    break;
                }
            }
        }
        return count;
    }

    String figures() {
        return "steps " + stepsFound + "/" + steps + ", commands " + commandsFound + "/" + commands + ", checklist items " + itemsFound
                + "/" + items + ", targets " + targetsFound + "/" + targets;
    }
}
