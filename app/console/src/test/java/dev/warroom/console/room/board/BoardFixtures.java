package dev.warroom.console.room.board;

import dev.warroom.core.board.BoardEntry;
import dev.warroom.core.board.BoardStatus;
import dev.warroom.core.plan.model.Plan;
import dev.warroom.core.plan.model.Resource;
import dev.warroom.core.world.Health;
import dev.warroom.core.world.Observation;
import dev.warroom.core.world.ReplicationRole;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** The AI Workflow plan from plans/, and board entries for its resources as a world would report them. */
public final class BoardFixtures {

    public static final Instant T0 = Instant.parse("2025-09-15T09:00:00Z");
    private static Plan plan;

    private BoardFixtures() {
    }

    public static synchronized Plan aiWorkflow() {
        if (plan == null) {
            plan = dev.warroom.console.palette.ConsoleTestKit.plan(Path.of(System.getProperty("warroom.root", "../.."), "plans",
                    "ai-workflow.yaml"));
        }
        return plan;
    }

    public static Resource resource(String id) {
        return aiWorkflow().sites().stream().flatMap(s -> s.resources().stream()).filter(r -> r.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(id + " is not in the AI Workflow plan"));
    }

    public static String siteOf(String id) {
        return aiWorkflow().sites().stream().filter(s -> s.resources().stream().anyMatch(r -> r.id().equals(id))).findFirst()
                .orElseThrow().id();
    }

    public static Observation observed(String id, Health health, ReplicationRole role, Duration lag, Instant at) {
        return new Observation(id, health, role, Optional.ofNullable(lag), Map.of(), at);
    }

    /** A fresh entry holding {@code observation}. */
    public static BoardEntry fresh(Observation observation) {
        return new BoardEntry(observation.resourceId(), siteOf(observation.resourceId()), resource(observation.resourceId()).kind(),
                Optional.of(observation), BoardStatus.FRESH, Optional.empty(), 0, Optional.empty(), false);
    }

    /** A failing entry: {@code status} with {@code error}, keeping the last good observation if any. */
    public static BoardEntry failing(String id, BoardStatus status, String error, Observation lastGood) {
        return new BoardEntry(id, siteOf(id), resource(id).kind(), Optional.ofNullable(lastGood), status, Optional.of(error), 1,
                Optional.empty(), false);
    }

    /** What the board holds before its first answer. */
    public static BoardEntry notObservedYet(String id) {
        return new BoardEntry(id, siteOf(id), resource(id).kind(), Optional.empty(), BoardStatus.STALE,
                Optional.of("not observed yet"), 0, Optional.empty(), true);
    }
}
