package dev.warroom.console.room.notify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.warroom.core.incident.EventTypes;
import dev.warroom.core.incident.IncidentEvent;
import dev.warroom.core.plan.load.PlanLoader;
import dev.warroom.core.plan.model.Plan;
import dev.warroom.core.report.RecordedWords;
import dev.warroom.core.report.words.ReportWords;
import dev.warroom.core.text.TextLanguage;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A notification in a Chinese room says the engine's state words and a signal's "held for" line in the room's
 * script; a connector's error after a state stays as it came, and an English room's notice reads as recorded.
 */
class NoticeWordsInTheRoomsLanguageTest {

    private static final Plan PLAN = new PlanLoader().load(Path.of(System.getProperty("warroom.root", "../.."), "plans", "ai-workflow.yaml"))
            .plan().orElseThrow();

    private static NoticePolicy in(TextLanguage language) {
        return new NoticePolicy(PLAN, () -> new RecordedWords(ReportWords.of(language)));
    }

    private static IncidentEvent stateChanged(String state, String was) {
        ObjectNode data = JsonNodeFactory.instance.objectNode().put("resource", "db-primary").put("site", "eastus").put("state", state)
                .put("was", was);
        return new IncidentEvent(7, Instant.parse("2026-03-01T10:00:00Z"), "warroom", EventTypes.STATE_CHANGED, data);
    }

    @Test
    void aResourceGoneDownIsSaidInTheRoomsScript() {
        assertThat(in(TextLanguage.TRADITIONAL_CHINESE).noticeFor(stateChanged("down, primary", "up, primary")))
                .contains(new Notice(Notice.Kind.RESOURCE_DOWN, List.of("db-primary", "故障，主", "正常，主")));
        assertThat(in(TextLanguage.SIMPLIFIED_CHINESE).noticeFor(stateChanged("unreachable: connection refused", "up, primary")))
                .contains(new Notice(Notice.Kind.RESOURCE_DOWN, List.of("db-primary", "无法连接：connection refused", "正常，主")));
        assertThat(in(TextLanguage.ENGLISH).noticeFor(stateChanged("down, primary", "up, primary")))
                .contains(new Notice(Notice.Kind.RESOURCE_DOWN, List.of("db-primary", "down, primary", "up, primary")));
    }

    @Test
    void aSuggestionsEvidenceIsSaidInTheRoomsScript() {
        ObjectNode data = JsonNodeFactory.instance.objectNode().put("signal", "service-health-eastus").put("node", "n").put("answer", "a");
        data.putArray("evidence").add("service-health-eastus: down").add("held for 0s of 0s needed");
        IncidentEvent suggested = new IncidentEvent(8, Instant.parse("2026-03-01T10:00:00Z"), "warroom", EventTypes.SUGGESTED, data);

        assertThat(in(TextLanguage.TRADITIONAL_CHINESE).noticeFor(suggested).orElseThrow().args()).last()
                .isEqualTo("service-health-eastus：故障；已持續 0秒");
        assertThat(in(TextLanguage.ENGLISH).noticeFor(suggested).orElseThrow().args()).last()
                .isEqualTo("service-health-eastus: down; held for 0s of 0s needed");
    }
}
