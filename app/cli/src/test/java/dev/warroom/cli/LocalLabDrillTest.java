package dev.warroom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.warroom.connectors.lab.Lab;
import dev.warroom.connectors.lab.LabServer;
import dev.warroom.connectors.lab.LabState;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The local lab's failover as a user runs it from a shell, each command a process of its own and
 * nothing exported by hand: `lab up`, `run plans/local-lab.yaml --mode drill --auto`, `state`,
 * `report`, `verify`, `lab down`. The plan is the real one, moved to free ports.
 */
class LocalLabDrillTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @AfterEach
    void downAlways() {
        Lab lab = new Lab(dir.resolve("lab"));
        if (lab.state().isPresent()) {
            lab.down(line -> { });
        }
    }

    @Test
    void aDrillPromotesTheRealStandbyAndReplicaAndTheReportMeasuresIt() throws Exception {
        Path labDir = dir.resolve("lab");
        int pg = LoopbackPorts.freeRun(2, -10);
        int redis = LoopbackPorts.freeRun(3, pg);
        Path plan = localLabPlanOn(pg, redis);
        CliProcess warroom = new CliProcess(dir, Map.of(Lab.DIR_ENV, labDir.toString()));

        CliProcess.Ran up = warroom.run(4, "lab", "up", "--pg-port", Integer.toString(pg), "--redis-port", Integer.toString(redis));
        assertThat(up.exitCode()).as(up.output()).isZero();
        LabState lab = LabState.load(labDir).orElseThrow();

        CliProcess.Ran drill = warroom.run(6, "run", plan.toString(), "--mode", "drill", "--auto", "--journal", "j.jsonl",
                "--lang", "zh-TW");
        assertThat(drill.exitCode()).as(drill.output()).isZero();
        assertThat(drill.output())
                .contains("No --scenario given: drilling 'primary-site-down'")
                .contains("Drill inject: region-down on lab-primary")
                .contains("stopped pg-primary (pid " + lab.pid(LabServer.PG_PRIMARY) + ")")
                .contains("stopped redis-master (pid " + lab.pid(LabServer.REDIS_MASTER) + ")")
                .containsPattern("Done: 提升 PostgreSQL 備庫為主庫 — 127\\.0\\.0\\.1:" + (pg + 1) + " is primary")
                .containsPattern("Done: 提升 Redis 複本為主節點 — 127\\.0\\.0\\.1:" + (redis + 1) + " reports role:master")
                .contains("Done: 確認提升前寫入的心跳資料仍在 — query returned 'present'")
                .contains("Incident resolved")
                .containsPattern("RTO \\S+ against a target of 5m — met")
                .containsPattern("RPO \\S+ against a target of 10s — met");

        CliProcess.Ran state = warroom.run(2, "state", plan.toString(), "--once", "--format", "json");
        assertThat(state.exitCode()).as(state.output()).isIn(ExitCodes.OK, ExitCodes.PROBLEMS);
        JsonNode snapshot = JSON.readTree(state.output().substring(state.output().indexOf('{')));
        assertThat(field(snapshot, "pg-standby", "role")).isEqualTo("primary");
        assertThat(field(snapshot, "redis-replica", "role")).isEqualTo("primary");
        assertThat(field(snapshot, "pg-primary", "status")).isEqualTo("unreachable");

        CliProcess.Ran report = warroom.run(2, "report", "j.jsonl", "--format", "md");
        assertThat(report.exitCode()).as(report.output()).isZero();
        assertThat(report.output()).containsPattern("\\| RTO \\(impact to verified\\) \\| 5m \\| \\d+s \\| ✅ met \\|")
                .containsPattern("\\| RPO \\(replica lag at promotion\\) \\| 10s \\| \\d+(\\.\\d+)?m?s \\| ✅ met \\|")
                .contains("Drill inject: region-down on lab-primary");
        assertThat(warroom.run(2, "verify", "j.jsonl").exitCode()).isZero();
        assertThat(Files.readString(labDir.resolve("logs").resolve("chat.log"), StandardCharsets.UTF_8))
                .as("the team channel heard the start and the end").contains("[DRILL] 本機實驗室：主庫不可用", "[DRILL] 本機實驗室：切換完成");
        assertThat(Files.readString(dir.resolve("j.jsonl"))).as("the lab's password never reaches the journal")
                .doesNotContain(Files.readString(labDir.resolve("pg-password")).strip());

        CliProcess.Ran down = warroom.run(2, "lab", "down");
        assertThat(down.exitCode()).as(down.output()).isZero();
        assertThat(lab.pids().values()).hasSize(5).allSatisfy(pid -> assertThat(Pids.running(pid)).as("pid %d runs", pid).isFalse());
    }

    private Path localLabPlanOn(int pg, int redis) throws IOException {
        String text = Files.readString(Path.of(System.getProperty("warroom.root", "../.."), "plans", "local-lab.yaml"));
        text = text.replace("15432", Integer.toString(pg)).replace("15433", Integer.toString(pg + 1))
                .replace("16379", Integer.toString(redis)).replace("16380", Integer.toString(redis + 1));
        Path copy = dir.resolve("local-lab.yaml");
        Files.writeString(copy, text);
        return copy;
    }

    private static String field(JsonNode snapshot, String resource, String name) {
        for (JsonNode r : snapshot.path("resources")) {
            if (r.path("id").asText().equals(resource)) {
                return r.path(name).asText();
            }
        }
        throw new AssertionError("no " + resource + " in " + snapshot);
    }
}
