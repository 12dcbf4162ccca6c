package dev.warroom.console.room.board;

import static dev.warroom.console.room.board.BoardFixtures.T0;
import static dev.warroom.console.room.board.BoardFixtures.observed;
import static dev.warroom.console.room.board.BoardFixtures.resource;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warroom.core.world.Health;
import dev.warroom.core.world.ReplicationRole;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RoleReadingTest {

    @Test
    void aReplicaThatReportsReplicaIsAsDesigned() throws Exception {
        RoleReading reading = RoleReading.of(resource("db-dr"),
                Optional.of(observed("db-dr", Health.UP, ReplicationRole.REPLICA, Duration.ofSeconds(2), T0)));
        assertThat(reading.shown()).contains("replica");
        assertThat(reading.differs()).isFalse();
    }

    @Test
    void aPromotedReplicaSaysItWasDesignedAsReplica() throws Exception {
        RoleReading promoted = RoleReading.of(resource("db-dr"),
                Optional.of(observed("db-dr", Health.UP, ReplicationRole.PRIMARY, Duration.ZERO, T0)));
        assertThat(promoted.shown()).contains("primary");
        assertThat(promoted.designed()).contains("replica");

        RoleReading standalone = RoleReading.of(resource("redis-dr"),
                Optional.of(observed("redis-dr", Health.UP, ReplicationRole.STANDALONE, null, T0)));
        assertThat(standalone.shown()).contains("standalone");
        assertThat(standalone.designed()).contains("replica");
    }

    @Test
    void aDemotedPrimarySaysSo() throws Exception {
        RoleReading demoted = RoleReading.of(resource("db-prod"),
                Optional.of(observed("db-prod", Health.UP, ReplicationRole.REPLICA, Duration.ofSeconds(1), T0)));
        assertThat(demoted.shown()).contains("replica");
        assertThat(demoted.designed()).contains("primary");
    }

    @Test
    void withoutAReportedRoleThePlansDesignIsShown() throws Exception {
        assertThat(RoleReading.of(resource("dr-api-gateway"), Optional.empty()).shown()).contains("standby");
        assertThat(RoleReading.of(resource("aks-prod"),
                Optional.of(observed("aks-prod", Health.UP, ReplicationRole.NONE, null, T0))).shown()).contains("active");
        assertThat(RoleReading.of(resource("dns-api"), Optional.empty()).shown()).isEmpty();
    }
}
