package dev.warroom.core.incident;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.warroom.core.plan.load.PlanLoader;
import dev.warroom.core.plan.model.Plan;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The incident's state is a fold over its events; these check what a resume must come back to. */
class IncidentFoldTest {

    private static Plan plan;
    private final List<IncidentEvent> events = new ArrayList<>();
    private Instant clock = Instant.parse("2026-11-21T03:00:00Z");

    @BeforeAll
    static void loadPlan() {
        plan = new PlanLoader().load(Path.of(System.getProperty("warroom.root", "../.."), "plans", "ai-workflow.yaml")).plan()
                .orElseThrow();
    }

    private void add(String type, String actor, ObjectNode data) {
        clock = clock.plusSeconds(10);
        events.add(new IncidentEvent(events.size() + 1, clock, actor, type, data));
    }

    private static ObjectNode data() {
        return JsonNodeFactory.instance.objectNode();
    }

    private static ObjectNode step(String id) {
        return data().put("procedure", "full-failover").put("step", id);
    }

    private void openAndStartFailover() {
        add(EventTypes.OPENED, "alice", data().put("plan", "ai-workflow").put("mode", "tabletop").put("scenario", "region-failure")
                .put("impactStartedAt", "2026-11-21T02:55:00Z"));
        add(EventTypes.NODE_ENTERED, "alice", data().put("node", "full-failover"));
        add(EventTypes.PROCEDURE_STARTED, "alice", data().put("procedure", "full-failover"));
    }

    @Test
    void aStepThatStartedBeforeACrashComesBackAsOutcomeUnknown() {
        openAndStartFailover();
        add(EventTypes.STEP_PROPOSED, "warroom", step("authorize"));
        add(EventTypes.STEP_CONFIRMED, "alice", step("authorize"));
        add(EventTypes.STEP_STARTED, "warroom", step("authorize"));
        add(EventTypes.STEP_SUCCEEDED, "warroom", step("authorize"));
        add(EventTypes.STEP_PROPOSED, "warroom", step("notify-team"));
        add(EventTypes.STEP_CONFIRMED, "alice", step("notify-team"));
        add(EventTypes.STEP_STARTED, "warroom", step("notify-team").put("kind", "notify.chat"));
        add(EventTypes.RESUMED, "alice", data());

        IncidentState state = IncidentFold.fold(plan, events);

        ProcedureRun run = state.activeProcedure().orElseThrow();
        assertThat(run.step("authorize").orElseThrow().status()).isEqualTo(StepStatus.SUCCEEDED);
        StepRun notify = run.current().orElseThrow();
        assertThat(notify.stepId()).isEqualTo("notify-team");
        assertThat(notify.status()).isEqualTo(StepStatus.OUTCOME_UNKNOWN);
        assertThat(notify.detail()).startsWith("outcome unknown — verify");
    }

    @Test
    void aConfirmationGivenBeforeACrashMustBeGivenAgain() {
        openAndStartFailover();
        add(EventTypes.STEP_PROPOSED, "warroom", step("authorize"));
        add(EventTypes.STEP_CONFIRMED, "alice", step("authorize"));
        add(EventTypes.RESUMED, "bob", data());

        StepRun authorize = IncidentFold.fold(plan, events).activeProcedure().orElseThrow().current().orElseThrow();

        assertThat(authorize.status()).isEqualTo(StepStatus.PROPOSED);
        assertThat(authorize.confirmedBy()).isEmpty();
    }

    @Test
    void theRpoIsTheReplicaLagReadJustBeforePromotion() {
        openAndStartFailover();
        add(EventTypes.STEP_STARTED, "warroom", step("promote-dr-db").put("kind", "database.promote").put("lagAtStartMillis", 2300));

        assertThat(IncidentFold.fold(plan, events).lagAtPromotion()).contains(Duration.ofMillis(2300));
    }

    @Test
    void aRetriedStepNeedsANewConfirmation() {
        openAndStartFailover();
        add(EventTypes.STEP_PROPOSED, "warroom", step("authorize"));
        add(EventTypes.STEP_CONFIRMED, "alice", step("authorize"));
        add(EventTypes.STEP_STARTED, "warroom", step("authorize"));
        add(EventTypes.STEP_FAILED, "warroom", step("authorize").put("reason", "timed out"));
        add(EventTypes.STEP_RETRIED, "alice", step("authorize"));

        StepRun authorize = IncidentFold.fold(plan, events).activeProcedure().orElseThrow().current().orElseThrow();

        assertThat(authorize.status()).isEqualTo(StepStatus.PENDING);
        assertThat(authorize.confirmedBy()).isEmpty();
        assertThat(authorize.attempts()).isEqualTo(1);
    }

    @Test
    void clocksFollowTheSeedsDefinitionOfRto() {
        openAndStartFailover();
        add(EventTypes.STEP_SUCCEEDED, "warroom", step("promote-dr-db").put("kind", "database.promote"));
        Instant recovered = clock;
        add(EventTypes.STEP_SUCCEEDED, "warroom", step("check-api-gateway").put("kind", "http.check"));
        add(EventTypes.RESOLVED, "alice", data().put("summary", "done"));

        IncidentState state = IncidentFold.fold(plan, events);

        assertThat(state.impactStartedAt()).isEqualTo(Instant.parse("2026-11-21T02:55:00Z"));
        assertThat(state.decidedAt()).contains(events.get(2).time());
        assertThat(state.recoveredAt()).contains(recovered);
        assertThat(state.status()).isEqualTo(IncidentStatus.RESOLVED);
        assertThat(state.endedAt()).contains(clock);
    }

    @Test
    void aStepDoneByHandEndsRecoveryOnlyWhenAReadingShowedItsOutcome() {
        add(EventTypes.OPENED, "alice", data().put("plan", "ai-workflow").put("mode", "tabletop")
                .put("impactStartedAt", "2026-11-21T02:55:00Z"));
        add(EventTypes.PROCEDURE_STARTED, "alice", data().put("procedure", "db-primary-failure"));
        add(EventTypes.STEP_SUCCEEDED, "warroom", dbStep("confirm-failure").put("established", "confirmed").put("by", "alice")
                .put("answer", "go"));
        IncidentState confirmedOnly = IncidentFold.fold(plan, events);
        add(EventTypes.STEP_SUCCEEDED, "warroom", dbStep("watch-standby-promotion").put("established", "verified")
                .put("resource", "db-prod").put("evidence", "health up"));
        Instant promotionSeen = clock;
        add(EventTypes.STEP_SUCCEEDED, "warroom", dbStep("watch-endpoint").put("established", "confirmed").put("by", "bob")
                .put("asked", "API Gateway answers 200").put("answer", "yes"));
        add(EventTypes.STEP_SUCCEEDED, "warroom", dbStep("verify-consistency").put("established", "unverified")
                .put("evidence", "nobody checked"));

        assertThat(confirmedOnly.recoveredAt()).as("a go/no-go answer is no recovery").isEmpty();
        assertThat(IncidentFold.fold(plan, events).recoveredAt())
                .as("recovery ends at the last manual step a reading verified, not at one merely confirmed or unchecked")
                .contains(promotionSeen);
    }

    private static ObjectNode dbStep(String id) {
        return data().put("procedure", "db-primary-failure").put("step", id).put("kind", "");
    }
}
