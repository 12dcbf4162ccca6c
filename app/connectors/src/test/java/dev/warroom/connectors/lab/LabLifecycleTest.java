package dev.warroom.connectors.lab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.warroom.connectors.world.ConnectorWorld;
import dev.warroom.connectors.world.Connectors;
import dev.warroom.core.plan.model.Procedure;
import dev.warroom.core.plan.model.Resource;
import dev.warroom.core.plan.model.Step;
import dev.warroom.core.plan.model.VerifyCondition;
import dev.warroom.core.world.ActionExecutor;
import dev.warroom.core.world.ActionRequest;
import dev.warroom.core.world.ActionResult;
import dev.warroom.core.world.Observation;
import dev.warroom.core.world.Reach;
import dev.warroom.core.world.ReplicationRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * One real lab from up to down: roles and lag in status, a writer that keeps writing, a crashed primary site, the failover
 * steps of plans/local-lab.yaml run through the standard connectors, and nothing left behind.
 */
@TestMethodOrder(OrderAnnotation.class)
class LabLifecycleTest {

    @TempDir
    static Path dir;

    static Lab lab;
    static LabState state;
    static final List<String> progress = new ArrayList<>();

    @BeforeAll
    static void up() {
        lab = new Lab(dir.resolve("lab"));
        int pg = FreePorts.pair();
        int redis = FreePorts.pair();
        while (Math.abs(redis - pg) < 2) {
            redis = FreePorts.pair();
        }
        state = lab.up(LabPorts.of(pg, redis), Optional.empty(), progress::add);
    }

    @AfterAll
    static void downAlways() {
        if (lab != null && lab.state().isPresent()) {
            lab.down(line -> { });
        }
    }

    @Test
    @Order(1)
    void statusShowsEachServersRoleLinkAndTheWritersHeartbeats() throws Exception {
        LabStatus status = await("the writer's first rows to be counted").atMost(Duration.ofSeconds(30)).ignoreExceptions()
                .until(lab::status, s -> s.line(LabServer.WRITER).detail().startsWith("heartbeat rows"));

        assertThat(status.line(LabServer.PG_PRIMARY)).satisfies(l -> {
            assertThat(l.role()).isEqualTo("primary");
            assertThat(l.address()).isEqualTo("127.0.0.1:" + state.ports().pgPrimary());
            assertThat(l.pid()).isPositive();
            assertThat(l.detail()).contains("pg-standby@127.0.0.1 streaming");
        });
        assertThat(status.line(LabServer.PG_STANDBY)).satisfies(l -> {
            assertThat(l.role()).isEqualTo("replica");
            assertThat(l.detail()).contains("link up", "timeline 1").containsPattern("lag [0-9.]+s");
        });
        assertThat(status.line(LabServer.REDIS_MASTER).role()).isEqualTo("primary");
        assertThat(status.line(LabServer.REDIS_REPLICA)).satisfies(l -> {
            assertThat(l.role()).isEqualTo("replica");
            assertThat(l.detail()).contains("link up");
        });
        assertThat(status.line(LabServer.WRITER).role()).isEqualTo("writing");
        assertThat(Files.getPosixFilePermissions(lab.passwordFile())).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(progress).anySatisfy(p -> assertThat(p).contains("waiting for the standby"));
    }

    @Test
    @Order(2)
    void theDetachedWriterKeepsRowsArrivingOnTheStandbyAndRedisReplica() throws Exception {
        long writer = state.pid(LabServer.WRITER);
        assertThat(writer).isNotEqualTo(ProcessHandle.current().pid());
        assertThat(ProcessHandle.of(writer)).hasValueSatisfying(p -> assertThat(p.isAlive()).isTrue());

        long first = rowsOnStandby();
        await("more heartbeat rows on the standby").atMost(Duration.ofSeconds(30)).ignoreExceptions()
                .until(LabLifecycleTest::rowsOnStandby, n -> n >= first + 5);
        try (var replica = RedisPair.client(state.ports().redisReplica())) {
            long beats = Long.parseLong(replica.get("lab:heartbeats"));
            await("more heartbeats on the Redis replica").atMost(Duration.ofSeconds(30)).ignoreExceptions()
                    .until(() -> Long.parseLong(replica.get("lab:heartbeats")), n -> n >= beats + 5);
        }
    }

    @Test
    @Order(3)
    void aSecondUpRefusesAndLeavesTheRunningLabAlone() {
        assertThatThrownBy(() -> lab.up(state.ports(), Optional.empty(), line -> { }))
                .isInstanceOf(LabException.class)
                .hasMessageContaining("already up")
                .hasMessageContaining("warroom lab down");

        assertThat(lab.state()).contains(state);
        assertThat(lab.status().lines()).allSatisfy(l -> assertThat(l.running()).isTrue());
    }

    @Test
    @Order(4)
    void aCrashedPrimaryShowsAsStoppedAndTheStandbyLosesItsLink() {
        String said = lab.stop(LabServer.PG_PRIMARY);

        assertThat(said).isEqualTo("stopped pg-primary (pid " + state.pid(LabServer.PG_PRIMARY) + ")");
        LabStatus status = await("the standby to lose its WAL source").atMost(Duration.ofSeconds(30)).ignoreExceptions()
                .until(lab::status, s -> !s.line(LabServer.PG_STANDBY).detail().contains("link up"));
        assertThat(status.line(LabServer.PG_PRIMARY).role()).isEqualTo("stopped");
        assertThat(status.line(LabServer.PG_STANDBY).role()).isEqualTo("replica");
        assertThat(status.line(LabServer.WRITER).running()).isTrue();
        assertThat(status.line(LabServer.WRITER).detail()).contains("127.0.0.1:" + state.ports().pgStandby());
        assertThatThrownBy(() -> lab.stop(LabServer.PG_PRIMARY)).isInstanceOf(LabException.class).hasMessageContaining("not running");
    }

    @Test
    @Order(5)
    void thePlansFailoverStepsPromoteTheStandbyAndReplicaAndFindEveryHeartbeat() throws Exception {
        lab.stop(LabServer.REDIS_MASTER);
        long rowsBefore = rowsOnStandby();
        LabPlan plan = LabPlan.load(state.ports());
        ConnectorWorld world = Connectors.standard(lab.settings());
        Procedure failover = plan.plan().procedures().stream().filter(p -> p.id().equals("promote-standby")).findFirst().orElseThrow();
        List<String> ran = new ArrayList<>();

        for (Step step : failover.steps()) {
            if (step.action() == null || step.action().kind().equals("notify.chat")) {
                continue;
            }
            Resource target = plan.resource(step.action().target());
            ActionRequest request = new ActionRequest(step.action().kind(), Optional.of(target), Optional.empty(), step.action().params(),
                    step.timeout());
            ActionExecutor executor = world.executorFor(step.action().kind()).orElseThrow();
            assertThat(executor.reach(request)).isEqualTo(Reach.DRILL_ENVIRONMENT);

            ActionResult result = executor.execute(request);

            assertThat(result.succeeded()).as(step.id() + ": " + result.detail()).isTrue();
            if (step.verify().condition() == VerifyCondition.QUERY_RETURNS) {
                assertThat(result.outputs()).as(step.id()).containsEntry("result", step.verify().value());
            } else if (step.verify().condition() == VerifyCondition.IS_PRIMARY) {
                Observation next = world.probeFor(target.kind()).orElseThrow().observe(target);
                assertThat(next.role()).as(step.id() + " seen at the next poll").isEqualTo(ReplicationRole.PRIMARY);
            }
            ran.add(step.id());
        }

        assertThat(ran).containsExactly("check-lag", "promote-postgres", "promote-redis", "check-heartbeat");
        assertThat(rowsOnStandby()).isGreaterThanOrEqualTo(rowsBefore);
        assertThat(lab.status().line(LabServer.PG_STANDBY).role()).isEqualTo("primary");
        assertThat(lab.status().line(LabServer.REDIS_REPLICA).role()).isEqualTo("primary");
    }

    @Test
    @Order(6)
    void downStopsEverythingItStartedAndLeavesNoProcessBehind() {
        List<Long> pids = state.pids().values().stream().toList();
        Path pgHome = state.postgresHome();

        List<String> said = lab.down(line -> { });

        assertThat(pids).hasSize(5).allSatisfy(pid -> assertThat(ProcessTable.running(pid)).as("pid %d runs", pid).isFalse());
        assertThat(ProcessTable.runningFrom(List.of(lab.directory(), pgHome), state.id())).isEmpty();
        assertThat(said).contains("stopped writer (pid " + state.pid(LabServer.WRITER) + ")")
                .anySatisfy(s -> assertThat(s).contains("logs kept in"));
        assertThat(new LabPorts(state.ports().pgPrimary(), state.ports().pgStandby(), state.ports().redisMaster(), state.ports().redisReplica())
                .busy()).isEmpty();
        assertThat(lab.state()).isEmpty();
        assertThat(pgHome).doesNotExist();
        assertThat(lab.logs().resolve("writer.log")).exists();
        assertThat(lab.logs().resolve("postgres-standby.log")).exists();
    }

    private static long rowsOnStandby() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + state.ports().pgStandby() + "/warroom?sslmode=disable",
                "warroom", lab.password()); Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM heartbeat")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
