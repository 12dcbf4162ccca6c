package dev.warroom.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warroom.core.incident.Autopilot;
import dev.warroom.core.incident.EventTypes;
import dev.warroom.core.incident.Evidence;
import dev.warroom.core.incident.IncidentEvent;
import dev.warroom.core.incident.IncidentRig;
import dev.warroom.core.incident.Progress;
import dev.warroom.core.plan.PlanLanguage;
import dev.warroom.core.report.words.ReportWords;
import dev.warroom.core.text.TextLanguage;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How a done step was established reads in the timeline's language: "confirmed by", "asked", "not verified" are
 * WarRoom's phrases, and so are the engine's fixed reasons ("nobody checked …") and a person's yes; who answered, the
 * question and their words stay as recorded.
 * English reads as it always did.
 */
class EvidenceInTheTimelinesLanguageTest {

    private static final String CHECKED_STEP = "enable-monitoring";
    private static final String CHECK = "DR alerting rules active";

    @TempDir
    Path dir;

    private static IncidentEvent done(IncidentRig rig) {
        return rig.events().stream().filter(e -> e.type().equals(EventTypes.STEP_SUCCEEDED) && e.text("step").equals(CHECKED_STEP))
                .reduce((a, b) -> b).orElseThrow();
    }

    private static String outcome(IncidentEvent event, TextLanguage language) {
        TimelineWords words = new TimelineWords(IncidentRig.plan(), PlanLanguage.of(IncidentRig.plan()), ReportWords.of(language));
        return words.describe(event).orElseThrow().outcome();
    }

    @Test
    void aPersonsConfirmationIsSaidInTheTimelinesLanguage() throws Exception {
        try (IncidentRig rig = IncidentRig.open(dir.resolve("yes.jsonl"))) {
            rig.autopilotUntil(CHECKED_STEP);
            rig.incident.confirm("ana", "");
            rig.incident.run(Progress.NONE);
            rig.incident.answerCheck(true, "3 DR rules firing in Grafana", "ana");
            IncidentEvent done = done(rig);

            assertThat(outcome(done, TextLanguage.ENGLISH)).isEqualTo(Evidence.readFrom(done.data()).orElseThrow().words())
                    .isEqualTo("confirmed by ana: asked '" + CHECK + "' — yes: 3 DR rules firing in Grafana");
            assertThat(outcome(done, TextLanguage.TRADITIONAL_CHINESE)).isEqualTo("由 ana 確認：詢問「" + CHECK + "」 — 是：3 DR rules firing in Grafana");
            assertThat(outcome(done, TextLanguage.SIMPLIFIED_CHINESE)).isEqualTo("由 ana 确认：询问“" + CHECK + "” — 是：3 DR rules firing in Grafana");
        }
    }

    @Test
    void aStepNobodyCheckedSaysNotVerifiedInTheTimelinesLanguage() throws Exception {
        try (IncidentRig rig = IncidentRig.open(dir.resolve("auto.jsonl"))) {
            rig.driveToEnd(new Autopilot());
            IncidentEvent done = done(rig);
            String why = Evidence.readFrom(done.data()).orElseThrow().seen();

            assertThat(why).isEqualTo("nobody checked '" + CHECK + "' (autopilot cannot check this)");
            // said once: the step's detail only repeats the reason its evidence holds
            assertThat(outcome(done, TextLanguage.ENGLISH)).isEqualTo(Evidence.readFrom(done.data()).orElseThrow().words())
                    .isEqualTo("not verified: " + why);
            // what the autopilot said of itself is its own text, kept as recorded
            assertThat(outcome(done, TextLanguage.TRADITIONAL_CHINESE)).isEqualTo("未驗證：無人檢查「" + CHECK + "」（autopilot cannot check this）");
            assertThat(outcome(done, TextLanguage.SIMPLIFIED_CHINESE)).isEqualTo("未验证：无人检查“" + CHECK + "”（autopilot cannot check this）");
        }
    }
}
