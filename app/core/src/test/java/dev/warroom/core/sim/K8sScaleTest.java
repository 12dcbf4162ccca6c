package dev.warroom.core.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warroom.core.plan.model.FaultKind;
import dev.warroom.core.world.ActionResult;
import dev.warroom.core.world.Health;
import dev.warroom.core.world.ProbeException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class K8sScaleTest {

    private final Fixture f = new Fixture();

    @Test
    void desiredChangesAtOnceAndPodsComeReadyOneByOne() throws Exception {
        assertThat(f.observe("api-west").attributes()).containsEntry("replicas", "0/0").containsEntry("max", "10");

        ActionResult scaled = f.run("k8s.scale", "api-west", Map.of("replicas", "4"));

        assertThat(scaled.succeeded()).as(scaled.detail()).isTrue();
        assertThat(f.observe("api-west").attributes()).containsEntry("replicas", "0/4");
        assertThat(f.observe("api-west").health()).isEqualTo(Health.DEGRADED);
        List<Integer> readySeen = new ArrayList<>();
        for (int second = 0; second < 90; second++) {
            f.advance(Duration.ofSeconds(1));
            int ready = Integer.parseInt(f.observe("api-west").attribute("replicas").orElseThrow().split("/")[0]);
            if (readySeen.isEmpty() || readySeen.get(readySeen.size() - 1) != ready) {
                readySeen.add(ready);
            }
        }
        assertThat(readySeen).containsExactly(0, 1, 2, 3, 4);
        assertThat(f.observe("api-west").health()).isEqualTo(Health.UP);
    }

    @Test
    void scalingDownTakesEffectAtOnce() throws Exception {
        f.run("k8s.scale", "api-east", Map.of("replicas", "1"));

        assertThat(f.observe("api-east").attributes()).containsEntry("replicas", "1/1");
    }

    @Test
    void podsInADownSiteAreNotReadyAndTheClusterDoesNotAnswer() throws Exception {
        f.inject(FaultKind.REGION_DOWN, "east", Duration.ofMinutes(1), Duration.ofMinutes(5), null);
        f.advance(Duration.ofMinutes(2));

        assertThatThrownBy(() -> f.observe("api-east")).isInstanceOf(ProbeException.class);
        ActionResult refused = f.run("k8s.scale", "api-east", Map.of("replicas", "5"));
        assertThat(refused.succeeded()).isFalse();

        f.advance(Duration.ofMinutes(5));
        assertThat(f.observe("api-east").attributes()).containsEntry("replicas", "3/3");
    }

    @Test
    void aReplicaCountThatIsNotANumberIsRefusedWithWords() throws Exception {
        ActionResult refused = f.run("k8s.scale", "api-west", Map.of("replicas", "three"));

        assertThat(refused.succeeded()).isFalse();
        assertThat(refused.detail()).isEqualTo("replicas must be a whole number from 0 to 10000, not 'three'");
    }
}
