package dev.warroom.core.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A step's when: judged as it becomes next, journalled, and a step that does not apply passed over in words; both ways in TABLETOP. */
class StepConditionTest {

    @TempDir
    Path dir;

    @Test
    void withEastUnreachableTheGlobalSwitchIsPassedOverAndTheWestDatabaseIsPromoted() throws Exception {
        try (ParamsRig rig = ParamsRig.open(dir.resolve("j.jsonl"), "east-outage")) {
            assertThat(rig.drive(new Autopilot()).status()).isEqualTo(IncidentStatus.RESOLVED);

            assertThat(rig.events(EventTypes.STEP_CONDITION)).extracting(e -> e.text("step") + " " + e.data().path("applies").asBoolean())
                    .containsExactly("switch-global false", "promote true", "tell-dba true");
            assertThat(rig.step("switch-global").status()).isEqualTo(StepStatus.SKIPPED);
            assertThat(rig.step("switch-global").detail()).startsWith("condition not met: resource 'db-east' is unreachable");
            assertThat(rig.step("promote").status()).isEqualTo(StepStatus.SUCCEEDED);
            assertThat(rig.step("tell-dba").status()).isEqualTo(StepStatus.SUCCEEDED);
        }
    }

    @Test
    void withEastReachableTheGlobalSwitchRunsAndThePromotionAndWhatFollowsItArePassedOver() throws Exception {
        try (ParamsRig rig = ParamsRig.open(dir.resolve("j.jsonl"), "west-lag")) {
            assertThat(rig.drive(new Autopilot()).status()).isEqualTo(IncidentStatus.RESOLVED);

            assertThat(rig.events(EventTypes.STEP_CONDITION)).extracting(e -> e.text("step") + " " + e.data().path("applies").asBoolean())
                    .containsExactly("switch-global true", "promote false", "tell-dba false");
            assertThat(rig.step("switch-global").status()).isEqualTo(StepStatus.SUCCEEDED);
            assertThat(rig.step("promote").status()).isEqualTo(StepStatus.SKIPPED);
            assertThat(rig.step("promote").detail()).startsWith("condition not met: resource 'db-east' is reachable");
            assertThat(rig.step("tell-dba").detail()).isEqualTo("condition not met: step 'promote' skipped, not succeeded");
            IncidentEvent manual = rig.events(EventTypes.STEP_PROPOSED).stream().filter(e -> e.text("step").equals("switch-global"))
                    .findFirst().orElseThrow();
            assertThat(manual).isNotNull();
        }
    }
}
