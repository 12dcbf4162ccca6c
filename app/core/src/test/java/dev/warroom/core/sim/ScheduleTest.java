package dev.warroom.core.sim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warroom.core.plan.model.FaultKind;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The simulated world says when it next changes on its own, so a virtual clock can jump there. */
class ScheduleTest {

    private final Fixture f = new Fixture();

    @Test
    void withNothingScheduledTheWorldNeverChangesOnItsOwn() {
        assertThat(f.world.nextScheduledChange(f.clock.now())).contains(Instant.MAX);
    }

    @Test
    void aFaultsStartAndEndAreTheNextChanges() {
        f.inject(FaultKind.REGION_DOWN, "east", Duration.ofDays(100), Duration.ofDays(10), null);

        assertThat(f.world.nextScheduledChange(Fixture.START)).contains(Fixture.START.plus(Duration.ofDays(100)));
        assertThat(f.world.nextScheduledChange(Fixture.START.plus(Duration.ofDays(100))))
                .contains(Fixture.START.plus(Duration.ofDays(110)));
        assertThat(f.world.nextScheduledChange(Fixture.START.plus(Duration.ofDays(110)))).contains(Instant.MAX);
    }

    @Test
    void aPromotionInProgressChangesTheWorldWhenItCompletes() throws Exception {
        f.inject(FaultKind.REGION_DOWN, "east");
        f.run("database.promote", "db-west", Map.of());

        Instant next = f.world.nextScheduledChange(f.clock.now()).orElseThrow();

        assertThat(next).isAfter(f.clock.now()).isBefore(f.clock.now().plus(Duration.ofHours(1)));
    }
}
