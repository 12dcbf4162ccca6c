package dev.warroom.core.incident;

import static dev.warroom.core.incident.DrillRig.FACILITATOR;
import static dev.warroom.core.incident.DrillRig.START;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warroom.core.drill.ActionItem;
import dev.warroom.core.drill.CriterionMeasure;
import dev.warroom.core.drill.CriterionVerdict;
import dev.warroom.core.drill.HotWash;
import dev.warroom.core.drill.ObservationKind;
import dev.warroom.core.drill.Rating;
import dev.warroom.core.drill.Verdict;
import dev.warroom.core.plan.model.Plan;
import dev.warroom.core.tabletop.TabletopRuntime;
import dev.warroom.core.time.VirtualClock;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A drill is scored against its own criteria, not the plan's targets: what the journal can measure it
 * judges itself (with the events it read as evidence), an unmeasurable criterion is undetermined with the
 * reason, and the rest is the facilitator's. The hot wash, the cleanup and the closing end it.
 */
class DrillScoringTest {

    /** A copy of plans/ai-workflow.yaml's db-primary-drill-q1 (RTO < 5 min, against the plan's 1h30m). */
    private static final String Q1 = """
            {"id": "db-primary-drill-q1", "type": "component-failure", "title": "演練 1: 數據庫主節點故障 (Q1)",
             "titleEn": "Database Primary Failure Drill", "scenario": "db-primary-failure",
             "successCriteria": [
               {"metric": "rto", "title": "RTO < 5 minutes", "max": "5m"},
               {"metric": "rpo", "title": "RPO < 1 minute", "max": "1m"},
               {"metric": "data-loss", "title": "無數據丟失", "titleEn": "No data loss", "max": "0s"},
               {"metric": "custom", "title": "應用自動恢復", "titleEn": "Applications recover on their own"}],
             "injects": [{"at": "3m", "fault": "replica-lag-spike", "target": "db-dr", "value": "45s", "lasting": "5m",
               "note": "The West Europe replica falls 45 s behind"}]}
            """;

    @TempDir
    Path dir;

    @Test
    void theQ1DrillIsJudgedAgainstItsOwnFiveMinutesAndTheJournalSaysWhatItRead() throws Exception {
        Plan plan = DrillRig.withDrill(IncidentRig.plan(), Q1);
        VirtualClock clock = new VirtualClock(START);
        try (IncidentRuntime runtime = TabletopRuntime.open(new TabletopRuntime.Tabletop(plan, "plans/ai-workflow.yaml", "0".repeat(64),
                plan.scenarios().stream().filter(s -> s.id().equals("db-primary-failure")).findFirst(), dir.resolve("q1.jsonl"), clock, 42,
                Duration.ZERO, false, FACILITATOR, "Q1 drill", "").withDrill(plan.drills().get(0)), (channel, written) -> { }, e -> { })) {
            Incident incident = runtime.incident();
            IncidentState end = new IncidentDriver(incident, new Autopilot(), Progress.NONE, IncidentRuntime.signalPatience(plan)).runToEnd();
            assertThat(end.status()).isEqualTo(IncidentStatus.RESOLVED);
            assertThat(incident.events().get(0).text("rtoTarget")).as("the plan's own target").isEqualTo("1h30m");

            List<CriterionMeasure> measures = incident.drillDesk().measure();
            CriterionMeasure rto = measures.get(0);
            Duration took = Duration.between(end.impactStartedAt(), end.endedAt().orElseThrow());
            assertThat(rto.target()).isEqualTo("5m");
            assertThat(rto.verdict()).contains(took.compareTo(Duration.ofMinutes(5)) <= 0 ? Verdict.MET : Verdict.NOT_MET);
            assertThat(rto.evidence()).startsWith("incident.opened 00:00 → incident.resolved ");
            assertThat(measures.get(1).askFacilitator()).as("resolved without a promotion: the facilitator judges the RPO").isTrue();
            assertThat(measures.get(1).evidence()).contains("no replica lag at a promotion");
            assertThat(measures.get(3).askFacilitator()).isTrue();

            List<CriterionMeasure> left = incident.drillDesk().judgeMeasured();
            assertThat(left).extracting(m -> m.criterion().id()).containsExactly("rpo", "data-loss", "custom-1");
            List<CriterionVerdict> journalled = incident.state().drill().orElseThrow().verdicts();
            assertThat(journalled).filteredOn(v -> v.criterion().equals("rto")).singleElement().satisfies(v -> {
                assertThat(v.actor()).isEqualTo("journal");
                assertThat(v.target()).isEqualTo("5m");
                assertThat(v.evidence()).isEqualTo(rto.evidence());
            });
            incident.drillDesk().judgeMeasured();
            assertThat(incident.state().drill().orElseThrow().verdicts()).as("not journalled twice").hasSameSizeAs(journalled);

            incident.drillDesk().judge("custom-1", Verdict.MET, "", "the apps reconnected within a minute", FACILITATOR);
            incident.drillDesk().judge("rpo", Verdict.MET, "20s", "the managed failover's log", FACILITATOR);
            incident.drillDesk().judge("data-loss", Verdict.NOT_MET, "3 rows", "the heartbeat table", FACILITATOR);
            assertThat(incident.state().drill().orElseThrow().verdict("custom-1")).hasValueSatisfying(v -> {
                assertThat(v.verdict()).isEqualTo(Verdict.MET);
                assertThat(v.actor()).isEqualTo(FACILITATOR);
            });
            assertThat(incident.drillDesk().judgeMeasured()).as("nothing left to judge").isEmpty();
        }
    }

    @Test
    void rpoAndDataLossAreTheReplicaLagAtPromotionAgainstTheDrillsOwnBounds() throws Exception {
        Plan plan = DrillRig.plan();
        try (IncidentRuntime runtime = DrillRig.open(plan, dir.resolve("j.jsonl"), new VirtualClock(START))) {
            Incident incident = runtime.incident();
            IncidentState end = new IncidentDriver(incident, new Autopilot(), Progress.NONE, IncidentRuntime.signalPatience(plan)).runToEnd();
            Duration lag = end.lagAtPromotion().orElseThrow();

            List<CriterionMeasure> measures = incident.drillDesk().measure();
            CriterionMeasure rpo = measures.get(1);
            CriterionMeasure dataLoss = measures.get(2);
            assertThat(rpo.target()).isEqualTo("1m");
            assertThat(rpo.evidence()).startsWith("step.started promote ").contains("at promotion");
            assertThat(rpo.verdict()).contains(lag.compareTo(Duration.ofMinutes(1)) <= 0 ? Verdict.MET : Verdict.NOT_MET);
            assertThat(dataLoss.target()).isEqualTo("0s");
            assertThat(dataLoss.measured()).isEqualTo(rpo.measured());
            assertThat(dataLoss.verdict()).contains(lag.isZero() ? Verdict.MET : Verdict.NOT_MET);
        }
    }

    @Test
    void anIncidentAbortedBeforeRecoveryLeavesTheMeasuresUndeterminedNeverMet() throws Exception {
        Plan plan = DrillRig.plan();
        try (IncidentRuntime runtime = DrillRig.open(plan, dir.resolve("j.jsonl"), new VirtualClock(START))) {
            Incident incident = runtime.incident();
            assertThat(incident.drillDesk().measure().get(0).askFacilitator()).as("still running: not measured yet").isTrue();
            incident.abort("the room was needed", FACILITATOR);

            List<CriterionMeasure> measures = incident.drillDesk().measure();
            assertThat(measures.get(0).verdict()).contains(Verdict.UNDETERMINED);
            assertThat(measures.get(0).evidence()).contains("aborted before it recovered");
            assertThat(measures.get(1).verdict()).contains(Verdict.UNDETERMINED);
            assertThat(measures.get(1).evidence()).contains("no database.promote step started");

            incident.drillDesk().judgeMeasured();
            assertThat(incident.state().drill().orElseThrow().verdicts()).extracting(CriterionVerdict::verdict)
                    .containsOnly(Verdict.UNDETERMINED).hasSize(3);
        }
    }

    @Test
    void theHotWashTheCleanupAndTheClosingEndTheDrillAfterTheIncident() throws Exception {
        Plan plan = DrillRig.plan();
        try (IncidentRuntime runtime = DrillRig.open(plan, dir.resolve("j.jsonl"), new VirtualClock(START))) {
            Incident incident = runtime.incident();
            DrillDesk desk = incident.drillDesk();
            desk.observe("The DBA checked the lag first", ObservationKind.STRENGTH, Optional.of("rpo"), Optional.of("decide"), FACILITATOR);
            assertThatThrownBy(() -> desk.observe("x", ObservationKind.NOTE, Optional.of("mttr"), Optional.empty(), FACILITATOR))
                    .hasMessageContaining("no success criterion 'mttr'").hasMessageContaining("rto, rpo, data-loss, custom-1");
            assertThatThrownBy(() -> desk.close("", FACILITATOR)).hasMessageContaining("still running");
            incident.abort("time is up", FACILITATOR);

            HotWash unknown = new HotWash(List.of(), List.of(), List.of(), Map.of("communicate", Rating.S));
            assertThatThrownBy(() -> desk.recordHotWash(unknown, FACILITATOR)).hasMessageContaining("no objective 'communicate'")
                    .hasMessageContaining("decide, promote");
            desk.recordHotWash(new HotWash(List.of("Fast decision"), List.of("Slow DNS"),
                    List.of(new ActionItem("Lower the DNS TTL", "ops", "2027-01-15")), Map.of("decide", Rating.P, "promote", Rating.M)),
                    FACILITATOR);
            assertThat(incident.state().drill().orElseThrow().hotWash()).hasValueSatisfying(h -> {
                assertThat(h.ratings()).containsEntry("promote", Rating.M);
                assertThat(h.actions()).extracting(ActionItem::owner).containsExactly("ops");
            });

            assertThatThrownBy(() -> desk.tickCleanup("dns", FACILITATOR)).hasMessageContaining("restore-replica, close-channel");
            desk.tickCleanup("restore-replica", FACILITATOR);
            assertThatThrownBy(() -> desk.close(" ", FACILITATOR)).hasMessageContaining("cleanup items are still open (close-channel)");
            desk.close("the channel stays for the post-mortem", FACILITATOR);

            IncidentEvent closed = DrillRig.last(runtime, EventTypes.DRILL_CLOSED).orElseThrow();
            assertThat(closed.data().path("openItems").findValuesAsText("openItems")).isEmpty();
            assertThat(closed.data().path("openItems").get(0).asText()).isEqualTo("close-channel");
            assertThat(incident.state().drill().orElseThrow().closed()).isTrue();
            assertThatThrownBy(() -> desk.observe("late", ObservationKind.NOTE, Optional.empty(), Optional.empty(), FACILITATOR))
                    .hasMessageContaining("the drill is closed");
            assertThatThrownBy(() -> desk.judgeMeasured()).hasMessageContaining("the drill is closed");
        }
    }
}
