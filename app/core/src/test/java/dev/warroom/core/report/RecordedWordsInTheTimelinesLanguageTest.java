package dev.warroom.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.warroom.core.incident.EventTypes;
import dev.warroom.core.incident.IncidentEvent;
import dev.warroom.core.incident.IncidentRig;
import dev.warroom.core.plan.PlanLanguage;
import dev.warroom.core.report.words.ReportWords;
import dev.warroom.core.text.TextLanguage;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The engine's fixed vocabulary in a timeline entry (a resource's state and what it was, a skipped step's reason, a
 * signal's "held for" line, a person's yes or no) reads in the timeline's language; a connector's error, a plan's
 * words and a person's words stay as recorded, and English reads exactly as the journal records it.
 */
class RecordedWordsInTheTimelinesLanguageTest {

    private static final TextLanguage ZH_TW = TextLanguage.TRADITIONAL_CHINESE;
    private static final TextLanguage ZH_CN = TextLanguage.SIMPLIFIED_CHINESE;

    private static IncidentEvent event(String type, ObjectNode data) {
        return new IncidentEvent(7, Instant.parse("2026-11-21T03:05:00Z"), "warroom", type, data);
    }

    private static ObjectNode data() {
        return JsonNodeFactory.instance.objectNode();
    }

    private static TimelineWords.Words words(IncidentEvent event, TextLanguage language) {
        return new TimelineWords(IncidentRig.plan(), PlanLanguage.of(IncidentRig.plan()), ReportWords.of(language)).describe(event).orElseThrow();
    }

    @Test
    void aStateChangeAndWhatItWasReadInTheTimelinesLanguage() {
        IncidentEvent changed = event(EventTypes.STATE_CHANGED, data().put("resource", "db-dr").put("site", "dr")
                .put("state", "up, primary").put("was", "up, replica"));

        assertThat(words(changed, TextLanguage.ENGLISH)).extracting(TimelineWords.Words::event, TimelineWords.Words::outcome)
                .containsExactly("db-dr: up, primary", "was up, replica");
        assertThat(words(changed, ZH_TW)).extracting(TimelineWords.Words::event, TimelineWords.Words::outcome)
                .containsExactly("db-dr: 正常，主", "原為 正常，副本");
        assertThat(words(changed, ZH_CN)).extracting(TimelineWords.Words::event, TimelineWords.Words::outcome)
                .containsExactly("db-dr: 正常，主", "原为 正常，副本");
    }

    @Test
    void theSimulatedWorldIsNamedInTheTimelinesLanguageAndRealConnectorsAsRecorded() {
        IncidentEvent simulated = event(EventTypes.OPENED, data().put("mode", "tabletop").put("world", "simulated"));
        IncidentEvent real = event(EventTypes.OPENED, data().put("mode", "drill").put("world", "aws+web"));

        assertThat(words(simulated, TextLanguage.ENGLISH).event()).isEqualTo("Incident opened in TABLETOP mode on the simulated world");
        assertThat(words(simulated, ZH_TW).event()).isEqualTo("事件以 TABLETOP 模式在模擬環境開啟");
        assertThat(words(simulated, ZH_CN).event()).isEqualTo("事件以 TABLETOP 模式在模拟环境开启");
        assertThat(words(real, ZH_TW).event()).isEqualTo("事件以 DRILL 模式在 aws+web 環境開啟");
        assertThat(new RecordedWords(ReportWords.of(ZH_TW)).world("simulated")).isEqualTo("模擬");
        assertThat(new RecordedWords(ReportWords.of(ZH_TW)).world("aws+web")).isEqualTo("aws+web");
        assertThat(new RecordedWords(ReportWords.of(TextLanguage.ENGLISH)).world("simulated")).isEqualTo("simulated");
    }

    @Test
    void aDrillsFaultBroughtAboutInTheSimulatedWorldSaysWhereInTheTimelinesLanguage() {
        IncidentEvent fault = event(EventTypes.FAULT_INJECTED, data().put("fault", "replica-lag-spike").put("target", "db-dr")
                .put("injected", true).put("how", "in the simulated world"));

        assertThat(words(fault, TextLanguage.ENGLISH).outcome()).isEqualTo("in the simulated world");
        assertThat(words(fault, ZH_TW).outcome()).isEqualTo("在模擬世界中");
        assertThat(words(fault, ZH_CN).outcome()).isEqualTo("在模拟世界中");
    }

    @Test
    void aResourceNeverObservedBeforeAndAConnectorsErrorKeepTheErrorAsRecorded() {
        IncidentEvent lost = event(EventTypes.STATE_CHANGED, data().put("resource", "api-gateway").put("site", "east")
                .put("state", "unreachable: no answer from eastus (eastus): connection refused").put("was", "not observed"));

        assertThat(words(lost, TextLanguage.ENGLISH).event()).isEqualTo("api-gateway: unreachable: no answer from eastus (eastus): connection refused");
        assertThat(words(lost, TextLanguage.ENGLISH).outcome()).isEqualTo("was not observed");
        assertThat(words(lost, ZH_TW).event()).isEqualTo("api-gateway: 無法連線：no answer from eastus (eastus): connection refused");
        assertThat(words(lost, ZH_TW).outcome()).isEqualTo("原為 未觀測");
        assertThat(words(lost, ZH_CN).event()).isEqualTo("api-gateway: 无法连接：no answer from eastus (eastus): connection refused");
        assertThat(words(lost, ZH_CN).outcome()).isEqualTo("原为 未观测");
    }

    @Test
    void aStateTheseWordsDoNotKnowStaysAsRecorded() {
        IncidentEvent odd = event(EventTypes.STATE_CHANGED, data().put("resource", "x").put("state", "sideways, primary").put("was", "down"));

        assertThat(words(odd, ZH_TW)).extracting(TimelineWords.Words::event, TimelineWords.Words::outcome)
                .containsExactly("x: sideways, primary", "原為 故障");
    }

    @Test
    void aStepSkippedByItsConditionSaysSoInTheTimelinesLanguageWithTheJudgementAsRecorded() {
        IncidentEvent skipped = event(EventTypes.STEP_SKIPPED, data().put("procedure", "p").put("step", "scale-dr")
                .put("reason", "condition not met: db-dr is up, replica"));

        assertThat(words(skipped, TextLanguage.ENGLISH).outcome()).isEqualTo("condition not met: db-dr is up, replica");
        assertThat(words(skipped, ZH_TW).outcome()).isEqualTo("條件不成立：db-dr is up, replica");
        assertThat(words(skipped, ZH_CN).outcome()).isEqualTo("条件不成立：db-dr is up, replica");
    }

    @Test
    void aPersonsReasonForSkippingStaysAsTheyWroteIt() {
        IncidentEvent skipped = event(EventTypes.STEP_SKIPPED, data().put("procedure", "p").put("step", "s").put("reason", "done by hand earlier"));

        assertThat(words(skipped, ZH_TW).outcome()).isEqualTo("done by hand earlier");
    }

    @Test
    void aSignalsHeldForLineAndItsResourcesReadInTheTimelinesLanguage() {
        ObjectNode data = data().put("signal", "primary-down").put("node", "n").put("answer", "a");
        data.putArray("evidence").add("api-gateway, auth-service, agent-service and 2 more: down, primary").add("held for 40s of 1m needed");
        IncidentEvent suggested = event(EventTypes.SUGGESTED, data);

        assertThat(words(suggested, TextLanguage.ENGLISH).outcome())
                .isEqualTo("api-gateway, auth-service, agent-service and 2 more: down, primary; held for 40s of 1m needed");
        assertThat(words(suggested, ZH_TW).outcome()).isEqualTo("api-gateway, auth-service, agent-service 等另 2 項：故障，主；已持續 40秒，需要 1分");
        assertThat(words(suggested, ZH_CN).outcome()).isEqualTo("api-gateway, auth-service, agent-service 等另 2 项：故障，主；已持续 40秒，需要 1分");
    }

    @Test
    void aPersonsYesIsSaidInTheTimelinesLanguageAndTheirWordsAsSaid() {
        IncidentEvent done = event(EventTypes.STEP_SUCCEEDED, data().put("procedure", "p").put("step", "s").put("detail", "")
                .put("established", "confirmed").put("by", "ana").put("asked", "Orders flow?").put("answer", "yes: 12 orders"));

        assertThat(words(done, TextLanguage.ENGLISH).outcome()).isEqualTo("confirmed by ana: asked 'Orders flow?' — yes: 12 orders");
        assertThat(words(done, ZH_TW).outcome()).isEqualTo("由 ana 確認：詢問「Orders flow?」 — 是：12 orders");
        assertThat(words(done, ZH_CN).outcome()).isEqualTo("由 ana 确认：询问“Orders flow?” — 是：12 orders");
    }

    @Test
    void aCheckAnsweredNoIsSaidFromItsFields() {
        IncidentEvent failed = event(EventTypes.STEP_FAILED, data().put("procedure", "p").put("step", "s")
                .put("reason", "check failed: asked 'Orders flow?', ana answered no: 0 orders").put("asked", "Orders flow?")
                .put("answer", "no: 0 orders").put("by", "ana"));

        assertThat(words(failed, TextLanguage.ENGLISH).outcome()).isEqualTo("check failed: asked 'Orders flow?', ana answered no: 0 orders");
        assertThat(words(failed, ZH_TW).outcome()).isEqualTo("檢查未通過：詢問「Orders flow?」，ana 回答 否：0 orders");
    }

    @Test
    void theBoardsNotesOnAReadingAreSaidInTheLanguageAndAConnectorsErrorIsNot() {
        RecordedWords traditional = new RecordedWords(ReportWords.of(ZH_TW));
        RecordedWords english = new RecordedWords(ReportWords.of(TextLanguage.ENGLISH));

        assertThat(traditional.reason("not observed yet")).isEqualTo("尚未觀測");
        assertThat(traditional.reason("waiting for the first answer")).isEqualTo("等待第一次回應");
        assertThat(traditional.reason("last observed 2m5s ago")).isEqualTo("2分5秒前最後觀測");
        assertThat(new RecordedWords(ReportWords.of(ZH_CN)).reason("no probe for kind dns-record")).isEqualTo("没有 dns-record 类资源的探测");
        assertThat(traditional.reason("no answer from eastus (eastus): connection refused")).isEqualTo("no answer from eastus (eastus): connection refused");
        assertThat(english.reason("last observed 2m5s ago")).isEqualTo("last observed 2m5s ago");
    }
}
