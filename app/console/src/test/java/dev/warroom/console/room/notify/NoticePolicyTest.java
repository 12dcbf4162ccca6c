package dev.warroom.console.room.notify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.warroom.core.incident.EventTypes;
import dev.warroom.core.incident.IncidentEvent;
import dev.warroom.core.plan.load.PlanLoader;
import dev.warroom.core.plan.model.Plan;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What interrupts the commander on the AI Workflow plan, and what stays in the timeline only. */
class NoticePolicyTest {

    private static final Plan PLAN = new PlanLoader().load(Path.of(System.getProperty("warroom.root", "../.."), "plans", "ai-workflow.yaml"))
            .plan().orElseThrow();
    private final NoticePolicy policy = new NoticePolicy(PLAN);

    private static IncidentEvent event(String type, String... fields) {
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        for (int i = 0; i < fields.length; i += 2) {
            data.put(fields[i], fields[i + 1]);
        }
        return new IncidentEvent(7, Instant.parse("2026-03-01T10:00:00Z"), "alice", type, data);
    }

    private static IncidentEvent stateChanged(String resource, String state, String was) {
        return event(EventTypes.STATE_CHANGED, "resource", resource, "site", "eastus", "state", state, "was", was);
    }

    @Test
    void aFailedStepIsNamedByItsPlanTitleWithTheReason() {
        assertThat(policy.noticeFor(event(EventTypes.STEP_FAILED, "procedure", "full-failover", "step", "update-dns",
                "reason", "DNS provider refused the update")))
                .contains(new Notice(Notice.Kind.STEP_FAILED, List.of("更新 DNS (如果使用 Azure DNS)", "DNS provider refused the update")));
    }

    @Test
    void aChatMessageQueuedInsteadOfDeliveredNotifiesButADeliveredOneDoesNot() {
        IncidentEvent queued = event(EventTypes.STEP_SUCCEEDED, "procedure", "full-failover", "step", "notify-team",
                "detail", "NOT delivered yet to #incident-response: connection refused; queued as m-1");
        queued.data().putObject("outputs").put("queued", "true").put("delivered", "false");
        IncidentEvent delivered = event(EventTypes.STEP_SUCCEEDED, "procedure", "full-failover", "step", "notify-team",
                "detail", "delivered to #incident-response");
        delivered.data().putObject("outputs").put("delivered", "true");

        assertThat(policy.noticeFor(queued)).contains(new Notice(Notice.Kind.CHAT_QUEUED,
                List.of("通知團隊", "NOT delivered yet to #incident-response: connection refused; queued as m-1")));
        assertThat(policy.noticeFor(delivered)).isEmpty();
    }

    @Test
    void aResourceThatGoesDownUnreachableOrRefusesOurCredentialsNotifiesOnceWhenItChanges() {
        assertThat(policy.noticeFor(stateChanged("db-primary", "down, primary", "up, primary")))
                .contains(new Notice(Notice.Kind.RESOURCE_DOWN, List.of("db-primary", "down, primary", "up, primary")));
        assertThat(policy.noticeFor(stateChanged("aks-eastus", "unreachable: connection refused", "up"))).isPresent();
        assertThat(policy.noticeFor(stateChanged("aks-eastus", "timed out", "degraded"))).isPresent();
        assertThat(policy.noticeFor(stateChanged("front-door", "auth failed: 401", "unreachable"))).as("a new way of being lost").isPresent();

        assertThat(policy.noticeFor(stateChanged("aks-eastus", "timed out", "unreachable: connection refused")))
                .as("still unreachable").isEmpty();
        assertThat(policy.noticeFor(stateChanged("db-primary", "down, primary", "not observed")))
                .as("the first reading of the board, when the incident opens").isEmpty();
        assertThat(policy.noticeFor(stateChanged("db-dr", "up, primary", "up, replica"))).as("a promotion is good news").isEmpty();
        assertThat(policy.noticeFor(stateChanged("api", "degraded", "up"))).as("degraded is on the board, not an interruption").isEmpty();
    }

    @Test
    void aSuggestionFromALiveSignalNamesTheAnswerTheQuestionAndTheEvidence() {
        IncidentEvent suggested = event(EventTypes.SUGGESTED, "node", "region-failure-detected", "answer", "confirmed",
                "signal", "primary-health-down");
        suggested.data().putArray("evidence").add("api-health: 503 for 3m").add("aks-eastus: unreachable");

        assertThat(policy.noticeFor(suggested)).contains(new Notice(Notice.Kind.SUGGESTED, List.of("已確認", "區域故障已確認? (< 5 min)",
                "primary-health-down", "api-health: 503 for 3m; aks-eastus: unreachable")));
    }

    @Test
    void routineEventsStayInTheTimelineOnly() {
        for (String type : List.of(EventTypes.STEP_PROPOSED, EventTypes.STEP_CONFIRMED, EventTypes.STEP_STARTED, EventTypes.ANSWERED,
                EventTypes.NOTE_ADDED, EventTypes.CHECKLIST_TICKED, EventTypes.PROCEDURE_STARTED)) {
            assertThat(policy.noticeFor(event(type, "procedure", "full-failover", "step", "update-dns"))).as(type).isEmpty();
        }
    }
}
