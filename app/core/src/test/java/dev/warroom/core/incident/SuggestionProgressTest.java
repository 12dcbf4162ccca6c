package dev.warroom.core.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The region-failure tabletop at T+1m: "Some services" already holds while "All services", listed first, is still building. */
class SuggestionProgressTest {

    @TempDir
    Path dir;

    @Test
    void theOfferedSuggestionAndTheStrongerOneStillBuildingAreBothReported() throws Exception {
        try (IncidentRig rig = IncidentRig.open(dir.resolve("journal.jsonl"))) {
            rig.incident.answer("confirmed", "alice");
            rig.incident.answer("no", "alice");
            rig.incident.observe();
            rig.clock.advance(Duration.ofMinutes(1));
            rig.incident.observe();

            List<SuggestionProgress> progress = rig.incident.suggestionProgress();

            assertThat(progress).extracting(SuggestionProgress::answer).containsExactly("all", "partial");
            SuggestionProgress all = progress.get(0);
            assertThat(all.signal()).isEqualTo("eastus-all-down");
            assertThat(all.stronger()).isTrue();
            assertThat(all.offered()).isFalse();
            assertThat(all.holding()).isTrue();
            assertThat(all.heldFor()).isEqualTo(Duration.ofMinutes(1));
            assertThat(all.remaining()).isEqualTo(Duration.ofMinutes(4));
            SuggestionProgress partial = progress.get(1);
            assertThat(partial.signal()).isEqualTo("primary-db-down");
            assertThat(partial.offered()).isTrue();
            assertThat(partial.satisfied()).isTrue();
            assertThat(partial.evidence()).anyMatch(line -> line.startsWith("db-prod: "));
            assertThat(rig.incident.suggestion()).get().extracting(SuggestedAnswer::answer).isEqualTo("partial");
            assertThat(rig.incident.strongerSuggestionPendingFor()).contains(Duration.ofMinutes(4));
            assertThat(rig.incident.signalsSeenAt()).contains(IncidentRig.START.plus(Duration.ofMinutes(1)));
        }
    }

    @Test
    void onceTheStrongerOneHoldsItIsOfferedAndNothingIsBuilding() throws Exception {
        try (IncidentRig rig = IncidentRig.open(dir.resolve("journal.jsonl"))) {
            rig.incident.answer("confirmed", "alice");
            rig.incident.answer("no", "alice");
            rig.incident.observe();
            rig.clock.advance(Duration.ofMinutes(5));
            rig.incident.observe();

            assertThat(rig.incident.suggestionProgress()).extracting(p -> p.answer() + (p.offered() ? " offered" : "")
                    + (p.stronger() ? " stronger" : "")).containsExactly("all offered", "partial");
        }
    }
}
