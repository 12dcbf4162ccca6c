package dev.warroom.core.sim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warroom.core.plan.model.FaultKind;
import dev.warroom.core.world.ActionResult;
import dev.warroom.core.world.Observation;
import dev.warroom.core.world.ReplicationRole;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PromotionTest {

    private final Fixture f = new Fixture();

    @Test
    void theProviderAcceptsWithinSecondsButTheRoleFlipsOnlyAfterAMinuteOrTwo() throws Exception {
        ActionResult accepted = f.run("database.promote", "db-west", Map.of());

        assertThat(accepted.succeeded()).as(accepted.detail()).isTrue();
        assertThat(f.clock.now()).isBetween(Fixture.START.plusSeconds(3), Fixture.START.plusSeconds(8));
        Observation justAfter = f.observe("db-west");
        assertThat(justAfter.role()).isEqualTo(ReplicationRole.REPLICA);
        assertThat(justAfter.attribute("state")).hasValueSatisfying(s -> assertThat(s).startsWith("promoting since"));
        assertThat(justAfter.attribute("link")).hasValueSatisfying(s -> assertThat(s).startsWith("stopped"));

        f.advance(Duration.ofSeconds(55));
        assertThat(f.observe("db-west").role()).as("a minute has not passed since the start").isEqualTo(ReplicationRole.REPLICA);

        f.advance(Duration.ofSeconds(65));
        Observation promoted = f.observe("db-west");
        assertThat(promoted.role()).isEqualTo(ReplicationRole.PRIMARY);
        assertThat(promoted.lag()).contains(Duration.ZERO);
        assertThat(promoted.attributes()).containsEntry("timeline", "2").containsEntry("role", "primary");
    }

    @Test
    void sqlSeesRecoveryEndAndRowCountsThatDoNotDrop() throws Exception {
        Map<String, String> inRecovery = Map.of("query", "SELECT pg_is_in_recovery()");
        Map<String, String> count = Map.of("query", "SELECT count(*) FROM orders");
        f.advance(Duration.ofMinutes(10));
        assertThat(f.run("sql.check", "db-west", inRecovery).outputs()).containsEntry("result", "t");
        assertThat(f.run("sql.check", "db-east", inRecovery).outputs()).containsEntry("result", "f");
        long primaryRows = Long.parseLong(f.run("sql.check", "db-east", count).outputs().get("result"));
        long replicaRows = Long.parseLong(f.run("sql.check", "db-west", count).outputs().get("result"));
        assertThat(replicaRows).as("the replica is behind the primary").isLessThanOrEqualTo(primaryRows);

        f.run("database.promote", "db-west", Map.of());
        f.advance(Duration.ofMinutes(3));

        assertThat(f.run("sql.check", "db-west", inRecovery).outputs()).containsEntry("result", "f");
        long afterPromotion = Long.parseLong(f.run("sql.check", "db-west", count).outputs().get("result"));
        assertThat(afterPromotion).isGreaterThanOrEqualTo(replicaRows);
        assertThat(f.run("sql.check", "db-west", Map.of("query", "select pg_is_in_recovery()", "expect", "t")).succeeded()).isFalse();
    }

    @Test
    void promotingAPrimaryFailsWithWords() throws Exception {
        ActionResult refused = f.run("database.promote", "db-east", Map.of());

        assertThat(refused.succeeded()).isFalse();
        assertThat(refused.detail()).contains("db-east is not a replica").contains("primary");
    }

    @Test
    void promotingAReplicaWhoseRegionIsDownFails() throws Exception {
        f.inject(FaultKind.REGION_DOWN, "west");

        ActionResult refused = f.run("database.promote", "db-west", Map.of());

        assertThat(refused.succeeded()).isFalse();
        assertThat(refused.detail()).contains("no answer from westus");
        assertThat(f.world.probeFor("azure-postgres-flexible").orElseThrow().observe(f.resource("db-east")).role())
                .isEqualTo(ReplicationRole.PRIMARY);
    }

    @Test
    void aSecondPromotionWhileTheFirstRunsIsRefused() throws Exception {
        f.run("database.promote", "db-west", Map.of());

        ActionResult again = f.run("database.promote", "db-west", Map.of());

        assertThat(again.succeeded()).isFalse();
        assertThat(again.detail()).contains("already being promoted");
    }

    @Test
    void theLagAtPromotionIsReportedAsTheDataLost() throws Exception {
        f.inject(FaultKind.REPLICA_LAG_SPIKE, "db-west", Duration.ZERO, null, "45s");

        ActionResult accepted = f.run("database.promote", "db-west", Map.of());

        assertThat(accepted.detail()).contains("are lost");
        assertThat(accepted.outputs().get("lagAtStart")).matches("4[5-8]\\.[0-9]s");
    }

    @Test
    void aCacheReplicaTakesWritesWithinHalfAMinute() throws Exception {
        f.run("cache.promote", "cache-west", Map.of());
        assertThat(f.observe("cache-west").role()).isEqualTo(ReplicationRole.REPLICA);

        f.advance(Duration.ofSeconds(30));

        assertThat(f.observe("cache-west").role()).isEqualTo(ReplicationRole.PRIMARY);
    }
}
