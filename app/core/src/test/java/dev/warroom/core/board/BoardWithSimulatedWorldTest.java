package dev.warroom.core.board;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warroom.core.plan.load.PlanLoader;
import dev.warroom.core.plan.model.Fault;
import dev.warroom.core.plan.model.FaultKind;
import dev.warroom.core.plan.model.Plan;
import dev.warroom.core.sim.SimulatedWorld;
import dev.warroom.core.time.VirtualClock;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Faults in the simulated world show on the board as the status a commander must see. */
class BoardWithSimulatedWorldTest {

    private static final Instant START = Instant.parse("2025-01-15T10:00:00Z");

    private final VirtualClock clock = new VirtualClock(START);
    private SimulatedWorld world;
    private StateBoard board;

    @BeforeEach
    void setUp() throws Exception {
        Plan plan;
        try (InputStream in = getClass().getResourceAsStream("/sim/two-sites.yaml")) {
            plan = new PlanLoader().load("two-sites.yaml", in.readAllBytes()).plan().orElseThrow();
        }
        world = new SimulatedWorld(plan, clock, 1);
        board = new StateBoard(plan, world, clock);
    }

    @AfterEach
    void close() {
        board.close();
    }

    private void inject(FaultKind kind, String target, String value) {
        world.inject(new Fault(Duration.ZERO, kind, target, null, value, null), START);
    }

    @Test
    void everythingIsFreshBeforeAnyFault() {
        BoardSnapshot snapshot = board.refresh();

        assertThat(snapshot.entries()).allSatisfy(e -> assertThat(e.status()).as(e.resourceId()).isEqualTo(BoardStatus.FRESH));
        assertThat(snapshot.entry("db-west").orElseThrow().observation().orElseThrow().attributes()).containsKeys("lag", "link", "role");
    }

    @Test
    void aDownRegionIsUnreachableForThatSiteOnly() {
        inject(FaultKind.REGION_DOWN, "east", null);

        BoardSnapshot snapshot = board.refresh();

        assertThat(snapshot.site("east")).filteredOn(e -> !e.kind().endsWith("health"))
                .allSatisfy(e -> assertThat(e.status()).as(e.resourceId()).isEqualTo(BoardStatus.UNREACHABLE));
        assertThat(snapshot.entry("db-east").orElseThrow().error()).hasValueSatisfying(words -> assertThat(words).contains("connection timed out"));
        assertThat(snapshot.site("west")).allSatisfy(e -> assertThat(e.status()).as(e.resourceId()).isEqualTo(BoardStatus.FRESH));
        assertThat(snapshot.entry("service-health-east").orElseThrow().observation().orElseThrow().attribute("events"))
                .hasValueSatisfying(events -> assertThat(events).startsWith("service issue: eastus unavailable"));
    }

    @Test
    void throttlingAndExpiredCredentialsShowAsSuchWithTheProvidersWords() {
        inject(FaultKind.API_THROTTLED, "rds-west", null);
        inject(FaultKind.CREDENTIALS_EXPIRED, "aks-west", null);

        BoardSnapshot snapshot = board.refresh();

        assertThat(snapshot.entry("rds-west").orElseThrow().statusLine()).isEqualTo("throttled: ThrottlingException: Rate exceeded; retry after 20s");
        assertThat(snapshot.entry("aks-west").orElseThrow().status()).isEqualTo(BoardStatus.AUTH_FAILED);
        assertThat(snapshot.entry("aks-west").orElseThrow().error()).hasValueSatisfying(words -> assertThat(words).contains("token expired at"));
        assertThat(snapshot.entry("db-west").orElseThrow().status()).isEqualTo(BoardStatus.FRESH);
    }

    @Test
    void aLagSpikeIsVisibleOnTheBoard() {
        inject(FaultKind.REPLICA_LAG_SPIKE, "db-west", "90s");

        BoardEntry replica = board.refresh().entry("db-west").orElseThrow();

        assertThat(replica.observation().orElseThrow().lag()).hasValueSatisfying(lag -> assertThat(lag).isGreaterThanOrEqualTo(Duration.ofSeconds(90)));
    }
}
