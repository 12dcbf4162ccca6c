package dev.warroom.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.warroom.core.incident.Mode;
import dev.warroom.service.table.LiveBlockedPlan;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A plan that uses what no real connector can do (a kind nobody probes, an action nobody performs on its
 * target's kind) opens in TABLETOP, which simulates it all, and is refused in DRILL and LIVE before anything
 * starts, each thing named by its line and column.
 */
class LiveBlockerRefusalTest {

    @TempDir
    Path dir;

    private final IncidentService service = new IncidentService(plan -> {
        throw new AssertionError("no connector may start for a refused plan");
    });

    @Test
    void drillAndLiveAreRefusedNamingEachBlockerAndNothingIsJournalled() throws Exception {
        Path plan = Files.writeString(dir.resolve("plan.yaml"), LiveBlockedPlan.text(), StandardCharsets.UTF_8);
        for (Mode mode : new Mode[] {Mode.DRILL, Mode.LIVE}) {
            Path journal = dir.resolve(mode + ".jsonl");

            RequestRefusedException refused = catchThrowableOfType(() -> service.prepareOpen(request(plan, mode, journal)),
                    RequestRefusedException.class);

            assertThat(refused.kind()).isEqualTo(RequestRefusedException.Kind.PROBLEMS);
            assertThat(refused.details()).containsExactlyElementsOf(LiveBlockedPlan.BLOCKERS.stream().map(b -> plan + b).toList());
            assertThat(refused.getMessage()).isEqualTo(plan + " cannot open in " + mode + ": 3 thing(s) in it cannot work on the real"
                    + " connectors (each named above); run it in TABLETOP, or change them (warroom validate " + plan + ")");
            assertThat(journal).doesNotExist();
        }
    }

    @Test
    void theSamePlanOpensInTabletop() throws Exception {
        Path plan = Files.writeString(dir.resolve("plan.yaml"), LiveBlockedPlan.text(), StandardCharsets.UTF_8);

        try (IncidentHandle handle = service.open(service.prepareOpen(request(plan, Mode.TABLETOP, dir.resolve("t.jsonl"))))) {
            assertThat(handle.state().mode()).isEqualTo(Mode.TABLETOP);
        }
    }

    private static OpenRequest request(Path plan, Mode mode, Path journal) {
        return OpenRequest.of(plan, mode, Optional.empty(), journal, "alice", ClockChoice.virtualTime());
    }
}
