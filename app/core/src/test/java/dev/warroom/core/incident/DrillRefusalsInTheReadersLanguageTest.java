package dev.warroom.core.incident;

import static dev.warroom.core.incident.DrillRig.FACILITATOR;
import static dev.warroom.core.incident.DrillRig.START;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.warroom.core.drill.ObservationKind;
import dev.warroom.core.plan.model.DrillInject;
import dev.warroom.core.plan.model.FaultKind;
import dev.warroom.core.plan.model.InjectTrigger;
import dev.warroom.core.plan.model.Plan;
import dev.warroom.core.plan.model.TriggerEvent;
import dev.warroom.core.report.DrillRefusalWords;
import dev.warroom.core.report.RecordedWords;
import dev.warroom.core.report.words.ReportWords;
import dev.warroom.core.text.TextLanguage;
import dev.warroom.core.time.VirtualClock;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Why the drill desk refuses a facilitator's command (the facilitator's window and the report show its words) reads in
 * the reader's language: each refusal below is the real desk's, on a tabletop drill driven into it. Ids, names and a
 * skip's reason stay as written; English reads exactly as the desk said it.
 */
class DrillRefusalsInTheReadersLanguageTest {

    private static final Pattern ENGLISH_WORD = Pattern.compile("\\b[a-z]{2,}\\b");
    private static final RecordedWords ZH_TW = new RecordedWords(ReportWords.of(TextLanguage.TRADITIONAL_CHINESE));
    private static final RecordedWords ZH_CN = new RecordedWords(ReportWords.of(TextLanguage.SIMPLIFIED_CHINESE));
    private static final RecordedWords EN = new RecordedWords(ReportWords.of(TextLanguage.ENGLISH));
    /** The ids (and the one reason) the drill below writes into refusals, which stay as written in every language. */
    private static final Pattern AS_WRITTEN = Pattern.compile("quarterly|bare|restore-replica|close-channel|on-no-later|on-resync"
            + "|ceo-call|on-no|press|lag|late|coffee|data-loss|custom-1|rto|rpo|mttr|decide|promote|communicate|dns|adhoc-1|bob");
    private static final String NO_JOURNALIST = "今天沒有記者";

    @TempDir
    Path dir;

    @Test
    void theDrillDesksRefusalsReadInChineseWithTheirIdsAsWritten() throws Exception {
        Map<String, String> refusals = new LinkedHashMap<>();
        try (IncidentRuntime runtime = DrillRig.open(DrillRig.plan(), dir.resolve("j.jsonl"), new VirtualClock(START))) {
            Incident incident = runtime.incident();
            DrillDesk desk = incident.drillDesk();
            refusals.put("no inject", refusal(() -> desk.hold("coffee", FACILITATOR)));
            desk.hold("ceo-call", FACILITATOR);
            refusals.put("already held", refusal(() -> desk.hold("ceo-call", FACILITATOR)));
            refusals.put("not held", refusal(() -> desk.release("press", FACILITATOR)));
            refusals.put("say why skipped", refusal(() -> desk.skip("press", " ", FACILITATOR)));
            refusals.put("not fired", refusal(() -> desk.acknowledge("press", FACILITATOR)));
            desk.skip("press", NO_JOURNALIST, FACILITATOR);
            refusals.put("was skipped", refusal(() -> desk.fire("press", FACILITATOR)));
            desk.fire("lag", FACILITATOR);
            refusals.put("already fired", refusal(() -> desk.hold("lag", FACILITATOR)));
            desk.acknowledge("lag", "bob");
            refusals.put("already acknowledged", refusal(() -> desk.acknowledge("lag", "bob")));
            String silent = desk.add(new DrillInject(null, null, null, null, null, null, FaultKind.RESOURCE_DOWN, "db-west", null, null, null,
                    null), FACILITATOR);
            refusals.put("no message", refusal(() -> desk.acknowledge(silent, FACILITATOR)));
            refusals.put("observation empty", refusal(() -> desk.observe(" ", ObservationKind.NOTE, Optional.empty(), Optional.empty(),
                    FACILITATOR)));
            refusals.put("no criterion", refusal(() -> desk.observe("x", ObservationKind.NOTE, Optional.of("mttr"), Optional.empty(),
                    FACILITATOR)));
            refusals.put("no objective", refusal(() -> desk.observe("x", ObservationKind.NOTE, Optional.empty(),
                    Optional.of("communicate"), FACILITATOR)));
            refusals.put("verdict missing", refusal(() -> desk.judge("rto", null, "", "", FACILITATOR)));
            refusals.put("no hot wash", refusal(() -> desk.recordHotWash(null, FACILITATOR)));
            refusals.put("no cleanup item", refusal(() -> desk.tickCleanup("dns", FACILITATOR)));
            desk.tickCleanup("restore-replica", FACILITATOR);
            refusals.put("cleanup ticked", refusal(() -> desk.tickCleanup("restore-replica", FACILITATOR)));
            refusals.put("still running", refusal(() -> desk.close("", FACILITATOR)));

            incident.abort("the drill room is needed", FACILITATOR);
            refusals.put("too late to fire", refusal(() -> desk.fire("late", FACILITATOR)));
            refusals.put("too late to hold", refusal(() -> desk.hold("late", FACILITATOR)));
            refusals.put("too late to release", refusal(() -> desk.release("ceo-call", FACILITATOR)));
            refusals.put("too late to skip", refusal(() -> desk.skip("late", "over", FACILITATOR)));
            refusals.put("too late to acknowledge", refusal(() -> desk.acknowledge("lag", FACILITATOR)));
            refusals.put("too late to add", refusal(() -> desk.add(new DrillInject(null, null, null, null, "late news", null, null, null,
                    null, null, null, null), FACILITATOR)));
            refusals.put("too late to pause", refusal(() -> incident.drillClock().pause(FACILITATOR)));
            refusals.put("too late to resume", refusal(() -> incident.drillClock().resume(FACILITATOR)));
            refusals.put("too late to change speed", refusal(() -> incident.drillClock().setSpeed(2, FACILITATOR)));
            refusals.put("cleanup open", refusal(() -> desk.close(" ", FACILITATOR)));
            desk.close("the channel stays open", FACILITATOR);
            refusals.put("closed", refusal(() -> desk.recordHotWash(null, FACILITATOR)));
        }
        try (IncidentRuntime runtime = DrillRig.open(DrillRig.withDrill("""
                {"id": "bare", "type": "tabletop", "title": "空演練", "scenario": "region-outage"}
                """), dir.resolve("bare.jsonl"), new VirtualClock(START))) {
            DrillDesk desk = runtime.incident().drillDesk();
            refusals.put("no injects", refusal(() -> desk.fire("lag", FACILITATOR)));
            refusals.put("no criteria", refusal(() -> desk.judge("rto", null, "", "", FACILITATOR)));
            refusals.put("no objectives", refusal(() -> desk.observe("x", ObservationKind.NOTE, Optional.empty(), Optional.of("decide"),
                    FACILITATOR)));
            refusals.put("no cleanup", refusal(() -> desk.tickCleanup("dns", FACILITATOR)));
        }
        try (IncidentRig rig = IncidentRig.open(dir.resolve("plain.jsonl"))) {
            refusals.put("no drill", refusal(() -> rig.incident.drillDesk().hold("lag", FACILITATOR)));
        }

        for (String refused : refusals.values()) {
            assertThat(EN.reason(refused)).isEqualTo(refused);
            assertThat(DrillRefusalWords.said(TextLanguage.ENGLISH, refused)).as("the English words say it again").contains(refused);
            for (RecordedWords chinese : List.of(ZH_TW, ZH_CN)) {
                String said = chinese.reason(refused);
                assertThat(said).as(refused).isNotEqualTo(refused).doesNotContain("⟦");
                assertThat(ENGLISH_WORD.matcher(AS_WRITTEN.matcher(said).replaceAll("")).find()).as(said).isFalse();
            }
        }
        Map<String, String> tw = new LinkedHashMap<>();
        refusals.forEach((what, refused) -> tw.put(what, ZH_TW.reason(refused)));
        assertThat(tw).containsEntry("already held", "注入「ceo-call」已經暫緩")
                .containsEntry("was skipped", "注入「press」已略過：" + NO_JOURNALIST)
                .containsEntry("already fired", "注入「lag」已經觸發（演練開始後 00:00）")
                .containsEntry("already acknowledged", "注入「lag」已由 bob 確認收到")
                .containsEntry("no criterion", "演練「quarterly」沒有成功標準「mttr」；現有標準：rto, rpo, data-loss, custom-1")
                .containsEntry("cleanup open", "仍有未完成的清理項目（close-channel）：請勾選，或說明演練為何不完成這些項目就結束")
                .containsEntry("too late to change speed", "事件已經結束：來不及改變時鐘速度")
                .containsEntry("no injects", "此演練沒有注入「lag」；此演練沒有任何注入")
                .containsEntry("no drill", "此事件沒有進行演練");
        assertThat(ZH_CN.reason(refusals.get("too late to skip"))).isEqualTo("事件已经结束：来不及跳过注入");
        assertThat(ZH_CN.reason(refusals.get("no cleanup item"))).isEqualTo("此演练没有清理项“dns”；现有清理项：restore-replica, close-channel");
        assertThat(ZH_CN.reason(refusals.get("closed"))).isEqualTo("演练已结束：无法再进行任何操作");
    }

    @Test
    void theChecksOnAnAdHocInjectReadInChineseWithTheirIdsAsWritten() throws Exception {
        Plan plan = DrillRig.plan();
        Map<String, String> refusals = new LinkedHashMap<>();
        try (IncidentRuntime runtime = DrillRig.open(plan, dir.resolve("adhoc.jsonl"), new VirtualClock(START))) {
            DrillDesk desk = runtime.incident().drillDesk();
            refusals.put("none given", refusal(() -> desk.add(null, FACILITATOR)));
            refusals.put("says nothing", refusal(() -> desk.add(inject(null, null, null, null, null, null), FACILITATOR)));
            refusals.put("no target", refusal(() -> desk.add(inject(null, null, null, null, FaultKind.RESOURCE_DOWN, null), FACILITATOR)));
            refusals.put("no fault", refusal(() -> desk.add(inject(null, null, null, "news", null, "db-west"), FACILITATOR)));
            refusals.put("unknown target", refusal(() -> desk.add(inject(null, null, null, null, FaultKind.RESOURCE_DOWN, "db-north"),
                    FACILITATOR)));
            refusals.put("time and trigger", refusal(() -> desk.add(inject(null, Duration.ofMinutes(5), on(TriggerEvent.ANSWERED,
                    "primary-healthy", null, null, null, null), "news", null, null), FACILITATOR)));
            refusals.put("no event", refusal(() -> desk.add(inject(null, null, on(null, "primary-healthy", null, null, null, null), "news",
                    null, null), FACILITATOR)));
            refusals.put("names no node", refusal(() -> desk.add(inject(null, null, on(TriggerEvent.ANSWERED, null, null, null, null, null),
                    "news", null, null), FACILITATOR)));
            refusals.put("unknown node", refusal(() -> desk.add(inject(null, null, on(TriggerEvent.ANSWERED, "nowhere", null, null, null,
                    null), "news", null, null), FACILITATOR)));
            refusals.put("unknown procedure", refusal(() -> desk.add(inject(null, null, on(TriggerEvent.STEP_STARTED, null, "nope", "go",
                    null, null), "news", null, null), FACILITATOR)));
            refusals.put("unknown step", refusal(() -> desk.add(inject(null, null, on(TriggerEvent.STEP_STARTED, null, null, "nope", null,
                    null), "news", null, null), FACILITATOR)));
            refusals.put("unknown checklist", refusal(() -> desk.add(inject(null, null, on(TriggerEvent.ITEM_TICKED, null, null, null,
                    "nope", null), "news", null, null), FACILITATOR)));
            refusals.put("unknown item", refusal(() -> desk.add(inject(null, null, on(TriggerEvent.ITEM_TICKED, null, null, null, "before",
                    "nope"), "news", null, null), FACILITATOR)));
            refusals.put("names no signal", refusal(() -> desk.add(inject(null, null, on(TriggerEvent.SIGNAL_HOLDING, null, null, null, null,
                    null), "news", null, null), FACILITATOR)));
            refusals.put("negative time", refusal(() -> desk.add(inject(null, Duration.ofMinutes(-5), null, "news", null, null),
                    FACILITATOR)));
            refusals.put("id taken", refusal(() -> desk.add(inject(" lag ", null, null, "news", null, null), FACILITATOR)));
        }
        assertThat(refusals.values()).as("each check refuses in its own words").doesNotHaveDuplicates();

        Pattern asWritten = idsOf(plan, "db-north", "nowhere", "nope", "lag");
        for (String refused : refusals.values()) {
            assertThat(EN.reason(refused)).isEqualTo(refused);
            assertThat(DrillRefusalWords.said(TextLanguage.ENGLISH, refused)).as("the English words say it again").contains(refused);
            for (RecordedWords chinese : List.of(ZH_TW, ZH_CN)) {
                String said = chinese.reason(refused);
                assertThat(said).as(refused).isNotEqualTo(refused).doesNotContain("⟦");
                assertThat(ENGLISH_WORD.matcher(asWritten.matcher(said).replaceAll("")).find()).as(said).isFalse();
            }
        }
        Map<String, String> tw = new LinkedHashMap<>();
        refusals.forEach((what, refused) -> tw.put(what, ZH_TW.reason(refused)));
        assertThat(tw).containsEntry("none given", "沒有提供注入")
                .containsEntry("no fault", "目標「db-west」沒有指定故障：請說明它會發生什麼事")
                .containsEntry("unknown target", "目標「db-north」不是此計劃的站點或資源；現有站點與資源：east, db-east, west, db-west")
                .containsEntry("time and trigger", "請為注入指定時間或觸發條件，不能兩者都指定")
                .containsEntry("unknown item", "觸發條件的檢查清單項目「nope」不在計劃中（現有檢查清單項目：replica-lag）")
                .containsEntry("names no signal", "觸發條件沒有指定訊號（計劃中有：primary-down）")
                .containsEntry("id taken", "此演練已經有注入「lag」");
        assertThat(ZH_CN.reason(refusals.get("unknown node"))).startsWith("触发条件的问题节点“nowhere”不在计划中（现有问题节点：primary-healthy, ");
        assertThat(ZH_CN.reason(refusals.get("says nothing"))).isEqualTo("注入需要给团队的消息、对环境的变更（故障和目标），或两者都有");
        assertThat(ZH_CN.reason(refusals.get("negative time"))).isEqualTo("注入的时间不能是负数");
    }

    /**
     * A drill closing while a DRILL inject's change is handed to its worker, and a plan with none of what a trigger
     * names, cannot be come to on a tabletop drill. So these are written out here.
     */
    @Test
    void aClosingDrillsUnfiredInjectAndATriggerOnAnEmptyPlanReadInChinese() {
        assertThat(ZH_TW.reason("the drill is closing: inject 'lag' was not fired")).isEqualTo("演練正在結束：注入「lag」未觸發");
        assertThat(ZH_CN.reason("the drill is closing: inject 'lag' was not fired")).isEqualTo("演练正在结束：注入“lag”未触发");
        assertThat(ZH_TW.reason("the trigger names no signal (the plan has: none)")).isEqualTo("觸發條件沒有指定訊號（計劃中沒有任何訊號）");
        assertThat(ZH_CN.reason("the trigger's checklist 'back' is not in the plan (it has: none)"))
                .isEqualTo("触发条件的检查清单“back”不在计划中（计划中没有任何检查清单）");
        for (String refused : List.of("the drill is closing: inject 'lag' was not fired", "the trigger names no signal (the plan has: none)",
                "the trigger's checklist 'back' is not in the plan (it has: none)")) {
            assertThat(DrillRefusalWords.said(TextLanguage.ENGLISH, refused)).contains(refused);
        }
    }

    private static DrillInject inject(String id, Duration at, InjectTrigger on, String message, FaultKind fault, String target) {
        return new DrillInject(id, at, on, null, message, null, fault, target, null, null, null, null);
    }

    private static InjectTrigger on(TriggerEvent event, String node, String procedure, String step, String checklist, String item) {
        return new InjectTrigger(event, node, null, procedure, step, checklist, item, null);
    }

    /** Every id {@code plan} has that a refusal may list, and {@code more}, longest first so that none is cut short. */
    private static Pattern idsOf(Plan plan, String... more) {
        Stream<String> ids = Stream.of(
                plan.sites().stream().flatMap(s -> Stream.concat(Stream.of(s.id()), s.resources().stream().map(r -> r.id()))),
                plan.decisionTree().nodes().stream().map(n -> n.id()),
                plan.procedures().stream().flatMap(p -> Stream.concat(Stream.of(p.id()), p.steps().stream().map(s -> s.id()))),
                plan.checklists().stream().flatMap(c -> Stream.concat(Stream.of(c.id()), c.items().stream().map(i -> i.id()))),
                plan.signals().stream().map(s -> s.id()),
                Stream.of(more)).flatMap(s -> s);
        return Pattern.compile(ids.distinct().sorted((a, b) -> b.length() - a.length()).map(Pattern::quote).collect(Collectors.joining("|")));
    }

    /**
     * The desk cannot be driven into "lapsed": injects lapse only once the incident is over, and the desk then refuses
     * with "too late" first. So these are written out here.
     */
    @Test
    void aLapsedInjectsReasonIsSaidByItsWordAndAnotherShapeStaysWhole() {
        assertThat(ZH_TW.reason("inject 'late' lapsed (not-reached)")).isEqualTo("注入「late」已失效（未到時間）");
        assertThat(ZH_CN.reason("inject 'on-resync' lapsed (not-triggered)")).isEqualTo("注入“on-resync”已失效（未被触发）");
        assertThat(ZH_TW.reason("inject 'late' lapsed (forgotten)")).isEqualTo("inject 'late' lapsed (forgotten)");
        assertThat(ZH_TW.reason("the incident is over: too late to dance")).isEqualTo("the incident is over: too late to dance");
    }

    private interface Command {
        void run() throws Exception;
    }

    private static String refusal(Command command) {
        return catchThrowableOfType(command::run, IncidentStateException.class).getMessage();
    }
}
