package dev.warroom.core.plan.validate;

import dev.warroom.core.plan.model.DecisionNode;
import java.time.Duration;
import java.util.List;

/**
 * What a reassess node needs: how often it looks again ({@code every}), how long it keeps looking
 * ({@code limit}, at least one period), and where it goes either way ({@code recovered}, {@code next}).
 * Its references (the nodes, the {@code until} signal) are checked with every other node's.
 */
final class ReassessShape {

    private ReassessShape() {
    }

    static void check(Located<DecisionNode> located, String name, List<Finding> findings) {
        DecisionNode node = located.value();
        if (node.every() == null) {
            findings.add(Finding.error(located.at("id"), name + " has no every: say how often to reassess, e.g. every: 5m"));
        } else if (node.every().isZero() || node.every().isNegative()) {
            findings.add(Finding.error(located.at("every"), name + " reassesses every " + words(node.every())
                    + ": the period must be longer than zero"));
        }
        if (node.limit() == null) {
            findings.add(Finding.error(located.at("id"), name
                    + " has no limit: say how long to keep reassessing before going on, e.g. limit: 30m"));
        } else if (node.every() != null && node.limit().compareTo(node.every()) < 0) {
            findings.add(Finding.error(located.at("limit"), name + " gives up after " + words(node.limit())
                    + ", before its first round at " + words(node.every()) + ": make limit at least every"));
        }
        if (node.recovered() == null) {
            findings.add(Finding.error(located.at("id"), name + " has no recovered: say which node to go to once recovered"));
        }
        if (node.next() == null) {
            findings.add(Finding.error(located.at("id"), name + " has no next: say which node to go to once the limit has passed"));
        }
    }

    private static String words(Duration duration) {
        return dev.warroom.core.time.DurationText.format(duration);
    }
}
