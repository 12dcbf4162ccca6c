package dev.warroom.core.incident;

import dev.warroom.core.journal.Journal;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.warroom.core.plan.load.PlanJson;
import dev.warroom.core.plan.load.PlanLoader;
import dev.warroom.core.plan.model.Drill;
import dev.warroom.core.plan.model.Plan;
import dev.warroom.core.tabletop.TabletopRuntime;
import dev.warroom.core.time.IncidentClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A small plan (the minimal test plan) whose drill has scheduled, triggered and delayed injects, a
 * cleanup checklist, an objective and its own criteria; and a TABLETOP that plays it on any clock.
 */
final class DrillRig {

    static final Instant START = Instant.parse("2026-12-01T09:00:00Z");
    static final String FACILITATOR = "fran";

    /**
     * The drill, as JSON (the plan's own YAML as its loader reads it), so that this engine's tests do not
     * wait for the plan schema to learn the drill's new fields.
     */
    static final String DRILL = """
            {"id": "quarterly", "type": "tabletop", "title": "季度演練", "titleEn": "Quarterly drill", "scenario": "region-outage",
             "objectives": [{"id": "decide", "title": "決定切換"}, {"id": "promote", "title": "提升備援"}],
             "successCriteria": [
               {"metric": "rto", "title": "RTO under an hour", "max": "1h"},
               {"metric": "rpo", "title": "RPO under a minute", "max": "1m"},
               {"metric": "data-loss", "title": "No data lost", "max": "0s"},
               {"metric": "custom", "title": "Apps reconnect on their own"}],
             "injects": [
               {"id": "lag", "at": "10m", "fault": "replica-lag-spike", "target": "db-west", "value": "90s",
                "message": "The DBA says the replica is 90 s behind", "expect": "Weigh the RPO"},
               {"id": "ceo-call", "at": "20m", "message": "The CEO calls for an update"},
               {"id": "press", "at": "30m", "message": "A journalist calls"},
               {"id": "on-no", "on": {"event": "answered", "node": "primary-healthy", "answer": "no"}, "message": "The failover is announced"},
               {"id": "on-no-later", "on": {"event": "answered", "node": "primary-healthy"}, "after": "5m",
                "message": "Five minutes after the decision"},
               {"id": "on-resync", "on": {"event": "item-ticked", "checklist": "back", "item": "resync"}, "message": "Never comes"},
               {"id": "late", "at": "12h", "message": "Too late"}],
             "cleanup": [{"id": "restore-replica", "title": "Rebuild the replica"}, {"id": "close-channel", "title": "Close the drill channel"}]}
            """;

    private DrillRig() {
    }

    /** The minimal plan with the drill above in place of its own. */
    static Plan plan() throws Exception {
        return withDrill(DRILL);
    }

    /** The minimal plan with {@code drillJson} as its one drill. */
    static Plan withDrill(String drillJson) throws Exception {
        Path minimal = Path.of(DrillRig.class.getResource("/plans/valid/minimal.yaml").toURI());
        return withDrill(new PlanLoader().load(minimal).plan().orElseThrow(), drillJson);
    }

    /** {@code base} with {@code drillJson} as its one drill. */
    static Plan withDrill(Plan base, String drillJson) throws Exception {
        ObjectNode tree = PlanJson.mapper().valueToTree(base);
        tree.putArray("drills").add(PlanJson.mapper().readTree(drillJson));
        return PlanJson.mapper().treeToValue(tree, Plan.class);
    }

    static Drill drill(Plan plan) {
        return plan.drills().get(0);
    }

    /** Opens the drill in TABLETOP on {@code clock}. */
    static IncidentRuntime open(Plan plan, Path journal, IncidentClock clock) throws Exception {
        return TabletopRuntime.open(new TabletopRuntime.Tabletop(plan, "drill.yaml", "0".repeat(64), plan.scenarios().stream().findFirst(),
                journal, clock, 7, Duration.ZERO, false, FACILITATOR, "quarterly drill", "").withDrill(drill(plan)), (channel, written) -> { },
                e -> { });
    }

    static List<IncidentEvent> events(IncidentRuntime runtime, String type) {
        return runtime.incident().events().stream().filter(e -> type.equals(e.type())).toList();
    }

    static Optional<IncidentEvent> last(IncidentRuntime runtime, String type) {
        List<IncidentEvent> found = events(runtime, type);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(found.size() - 1));
    }
}
