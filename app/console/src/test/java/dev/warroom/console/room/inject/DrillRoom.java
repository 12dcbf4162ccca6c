package dev.warroom.console.room.inject;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.warroom.console.palette.ConsoleTestKit;
import dev.warroom.core.incident.IncidentRuntime;
import dev.warroom.core.plan.load.PlanJson;
import dev.warroom.core.plan.model.Drill;
import dev.warroom.core.plan.model.Plan;
import dev.warroom.core.tabletop.TabletopRuntime;
import dev.warroom.core.time.AcceleratedClock;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The AI Workflow plan's Q1 database drill with an events list written for the room's tests: two message
 * injects the facilitator fires by hand, one to hold, one to skip, one left pending, each with what only the
 * facilitator may read (the expected action, their note). Played as a TABLETOP on an accelerated clock at real
 * speed (a pause needs one), its injects due long after any test ends.
 */
public final class DrillRoom {

    public static final String DRILL_ID = "db-primary-drill-q1";
    public static final String DBA_MESSAGE = "DBA 回報：主節點沒有回應";
    public static final String DBA_MESSAGE_EN = "The DBA reports the primary is not answering";
    public static final String LAG_MESSAGE = "副本落後 45 秒";
    public static final String LAG_MESSAGE_EN = "The West Europe replica is 45 s behind";

    /** Words that only the facilitator's window, the journal and the report may show. */
    public static final List<String> FACILITATOR_ONLY = List.of("EXPECT check the replica lag before promoting",
            "NOTE read this one slowly", "HELD the CEO asks for an update", "SKIPPED a journalist calls", "SKIP-REASON no press today",
            "PENDING the storage team asks for the snapshot", "EXPECT weigh the RPO", "NOTE the lag is the point");

    private static final String INJECTS = """
            [{"id": "dba-call", "at": "30m", "message": "%s", "messageEn": "%s",
              "expect": "EXPECT check the replica lag before promoting", "note": "NOTE read this one slowly"},
             {"id": "lag", "at": "35m", "fault": "replica-lag-spike", "target": "db-dr", "value": "45s", "lasting": "5m",
              "message": "%s", "messageEn": "%s", "expect": "EXPECT weigh the RPO", "note": "NOTE the lag is the point"},
             {"id": "ceo", "at": "40m", "message": "HELD the CEO asks for an update"},
             {"id": "press", "at": "45m", "message": "SKIPPED a journalist calls"},
             {"id": "storage", "at": "50m", "message": "PENDING the storage team asks for the snapshot"}]
            """.formatted(DBA_MESSAGE, DBA_MESSAGE_EN, LAG_MESSAGE, LAG_MESSAGE_EN);

    private DrillRoom() {
    }

    /** The AI Workflow plan whose Q1 database drill has the events list above. */
    public static Plan plan() throws Exception {
        Plan base = ConsoleTestKit.plan(ConsoleTestKit.plans().resolve("ai-workflow.yaml"));
        ObjectNode tree = PlanJson.mapper().valueToTree(base);
        for (JsonNode drill : tree.path("drills")) {
            if (drill.path("id").asText().equals(DRILL_ID)) {
                ((ObjectNode) drill).set("injects", PlanJson.mapper().readTree(INJECTS));
            }
        }
        return PlanJson.mapper().treeToValue(tree, Plan.class);
    }

    /** Opens the drill in TABLETOP, journalled in {@code journal}; blocking (a console's source calls it off the FX thread). */
    public static IncidentRuntime open(Plan plan, Path journal) throws IOException {
        Drill drill = plan.drills().stream().filter(d -> d.id().equals(DRILL_ID)).findFirst().orElseThrow();
        return TabletopRuntime.open(new TabletopRuntime.Tabletop(plan, "plans/ai-workflow.yaml", "0".repeat(64),
                plan.scenarios().stream().filter(s -> s.id().equals(drill.scenario())).findFirst(), journal,
                new AcceleratedClock(Instant.now(), 1), 7, Duration.ZERO, false, "alice", "AI Workflow Platform — database drill (Q1)",
                "")
                .withDrill(drill), e -> { });
    }
}
