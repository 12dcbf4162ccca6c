package dev.warroom.core.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.warroom.core.report.TimelineWords;
import dev.warroom.core.report.words.ReportWords;
import dev.warroom.core.text.TextLanguage;
import dev.warroom.core.world.ActionExecutor;
import dev.warroom.core.world.ActionPreview;
import dev.warroom.core.world.ActionRequest;
import dev.warroom.core.world.ActionResult;
import dev.warroom.core.world.Probe;
import dev.warroom.core.world.Reach;
import dev.warroom.core.world.World;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Why the dispatcher would not run an action (a mode that never reaches there, a shell command nobody allowed, an action
 * this world cannot perform, a plan still being checked or failed), as a failed step or rollback records it, reads in the
 * timeline's language; kinds and targets stay as recorded, and English reads exactly as recorded.
 */
class RefusalsInTheTimelinesLanguageTest {

    private static final TextLanguage ZH_TW = TextLanguage.TRADITIONAL_CHINESE;
    private static final TextLanguage ZH_CN = TextLanguage.SIMPLIFIED_CHINESE;

    private static World world(Reach reach, boolean canAct) {
        return new World() {
            @Override
            public String name() {
                return "lab";
            }

            @Override
            public Optional<Probe> probeFor(String resourceKind) {
                return Optional.empty();
            }

            @Override
            public Optional<ActionExecutor> executorFor(String actionKind) {
                return !canAct ? Optional.empty() : Optional.of(new ActionExecutor() {
                    @Override
                    public Reach reach(ActionRequest request) {
                        return reach;
                    }

                    @Override
                    public ActionPreview preview(ActionRequest request) {
                        return new ActionPreview(request.kind(), request.kind(), List.of(), reach);
                    }

                    @Override
                    public ActionResult execute(ActionRequest request) {
                        return ActionResult.ok("done", Map.of());
                    }
                });
            }
        };
    }

    private static String refusal(ActionDispatcher dispatcher, String kind) {
        ActionRequest request = new ActionRequest(kind, Optional.empty(), Optional.empty(), Map.of(), Duration.ofMinutes(1));
        return catchThrowableOfType(() -> dispatcher.dispatch(request), ReachRefusedException.class).getMessage();
    }

    private static String said(String type, String field, String recorded, TextLanguage language) {
        IncidentEvent event = new IncidentEvent(9, Instant.parse("2026-11-21T03:05:00Z"), "warroom", type,
                JsonNodeFactory.instance.objectNode().put("procedure", "p").put("step", "promote").put(field, recorded));
        return new TimelineWords(IncidentRig.plan(), language, ReportWords.of(language)).describe(event).orElseThrow().outcome();
    }

    @Test
    void aTabletopThatWouldReachALiveSystemSaysSoInChinese() {
        String recorded = refusal(new ActionDispatcher(Mode.TABLETOP, world(Reach.LIVE, true), false), "database.promote");

        assertThat(said(EventTypes.STEP_FAILED, "reason", recorded, TextLanguage.ENGLISH)).isEqualTo(recorded);
        assertThat(said(EventTypes.STEP_FAILED, "reason", recorded, ZH_TW))
                .startsWith("TABLETOP 事件拒絕對 ").contains("執行 database.promote：它會觸及正式系統，而 TABLETOP 從不觸及");
        assertThat(said(EventTypes.ROLLBACK_FAILED, "detail", recorded, ZH_CN)).contains("它会触及生产系统，而 TABLETOP 从不触及");
    }

    @Test
    void aShellCommandNobodyAllowedAndAnActionThisWorldCannotPerformSayWhyInChinese() {
        String shell = refusal(new ActionDispatcher(Mode.LIVE, world(Reach.LIVE, true), false), "shell.run");
        String noWay = refusal(new ActionDispatcher(Mode.LIVE, world(Reach.LIVE, false), false), "database.promote");

        assertThat(said(EventTypes.STEP_FAILED, "reason", shell, ZH_TW)).startsWith("拒絕執行此計劃的 shell 指令：使用者未允許")
                .contains("--allow-shell");
        assertThat(said(EventTypes.STEP_FAILED, "reason", noWay, ZH_TW)).isEqualTo("在 lab 環境中無法執行 database.promote");
    }

    @Test
    void aPlanStillBeingCheckedOrThatFailedItsChecksSaysWhyInChinese() {
        PlanClearance clearance = PlanClearance.checking();
        ActionDispatcher dispatcher = new ActionDispatcher(Mode.TABLETOP, world(Reach.SIMULATED, true), false, clearance);
        String checking = refusal(dispatcher, "database.promote");
        clearance.fail(List.of("plan.yaml:3:5: unknown field 'x'", "plan.yaml:9:1: no scenarios"));
        String failed = refusal(dispatcher, "database.promote");

        assertThat(said(EventTypes.STEP_FAILED, "reason", checking, ZH_TW)).endsWith("執行 database.promote：計劃仍在檢查中，檢查通過前不執行任何動作");
        assertThat(said(EventTypes.STEP_FAILED, "reason", failed, ZH_CN)).endsWith("执行 database.promote：计划未通过验证（2 个问题），其任何操作都不会执行；请修正后重新打开");
    }

    @Test
    void aRollbackDoneByHandAndAGoNoGoRefusedWithoutAReasonSayTheirFixedWordsInChinese() {
        assertThat(said(EventTypes.ROLLED_BACK, "detail", "done by hand: Point DNS back to east", ZH_TW)).isEqualTo("手動完成：Point DNS back to east");
        assertThat(said(EventTypes.STEP_REFUSED, "reason", "no reason given", ZH_CN)).isEqualTo("未说明原因");
        assertThat(said(EventTypes.STEP_REFUSED, "reason", "we are not ready", ZH_CN)).isEqualTo("we are not ready");
    }
}
