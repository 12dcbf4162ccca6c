package dev.warroom.core.incident;

import dev.warroom.core.plan.load.PlanLoader;
import dev.warroom.core.plan.model.Plan;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The minimal test plan starting at a reassess node: every 5m for 30m until the east database is healthy again,
 * then done; at the limit, on to the failover. Without {@code until} when {@code withSignal} is false.
 */
final class ReassessPlans {

    private ReassessPlans() {
    }

    static String yaml(boolean withSignal) throws java.io.IOException, URISyntaxException {
        Path minimal = Path.of(ReassessPlans.class.getResource("/plans/valid/minimal.yaml").toURI());
        String node = "      type: reassess\n      title: 觀察\n      titleEn: Watch the primary\n      every: 5m\n      limit: 30m\n"
                + (withSignal ? "      until: primary-back\n" : "") + "      recovered: done\n      next: run-failover\n";
        String signal = "  - id: primary-back\n    title: 主資料庫恢復\n    titleEn: The primary answers again\n"
                + "    resources: [db-east]\n    condition: healthy\n";
        return Files.readString(minimal, StandardCharsets.UTF_8)
                .replace("start: primary-healthy", "start: watch")
                .replace("      type: wait\n      title: 觀察\n      duration: 10m\n      next: done\n", node)
                .replace("scenarios:\n", signal + "scenarios:\n");
    }

    static Plan plan(boolean withSignal) throws Exception {
        return new PlanLoader().load("reassess.yaml", yaml(withSignal).getBytes(StandardCharsets.UTF_8)).plan().orElseThrow();
    }
}
