package dev.warroom.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.warroom.core.incident.EventTypes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A DRILL of a plan whose resources name non-loopback hosts makes no connection outside its drill
 * environment (here: loopback only), before step 1 or after. It runs in a network namespace of its
 * own ({@code unshare -n}), so nothing can leave this machine even if the fence were broken; inside,
 * the plan's "live" address sits on loopback with a listener recording every connection on each
 * port the plan names. The same namespace then runs {@code warroom state} without the fence, which
 * must be recorded: the listeners can see a connection, so the DRILL's silence means something.
 */
class DrillStaysInsideItsEnvironmentTest {

    private static final String CANARY = "canary-password-never-sent";

    @TempDir
    Path dir;

    @Test
    void aDrillConnectsOnlyInsideItsDrillEnvironmentWhileTheSameProbesWithoutTheFenceAreRecorded() throws Exception {
        assumeTrue(namespacesWork(), "needs 'unshare -n' and 'ip' (root, or unprivileged user namespaces) to run the drill"
                + " in a network namespace of its own; without one this test would have to point at a real address, which it never does");
        Files.writeString(dir.resolve("plan.yaml"), plan(), StandardCharsets.UTF_8);
        Path hosts = Files.writeString(dir.resolve("hosts"), """
                127.0.0.1 localhost
                ::1 localhost
                127.0.0.1 127.0.0.1.nip.io
                %1$s api.live.test
                %1$s 127.0.0.1.live.test
                """.formatted(NamespacedDrill.LIVE_ADDRESS), StandardCharsets.UTF_8);

        Process namespaced = namespaced(hosts);
        boolean ended = namespaced.waitFor(240, TimeUnit.SECONDS);
        if (!ended) {
            namespaced.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        String log = Files.readString(dir.resolve("namespace.log"), StandardCharsets.UTF_8);
        assertThat(ended).as("the namespaced drill ended within 4 minutes:\n" + log).isTrue();
        assertThat(namespaced.exitValue()).as(log).isZero();

        assertThat(connections("drill")).as("the DRILL connected only to loopback:\n" + read("drill.out"))
                .isNotEmpty().allSatisfy(c -> assertThat(c).startsWith("127.0.0.1:" + NamespacedDrill.LOOPBACK_PORT + " "));
        assertThat(connections("drill-state")).as(read("drill-state.out"))
                .allSatisfy(c -> assertThat(c).startsWith("127.0.0.1:" + NamespacedDrill.LOOPBACK_PORT + " "));
        assertThat(connections("control")).as("without the fence the same probes reach the listeners:\n" + read("control.out"))
                .anySatisfy(c -> assertThat(c).startsWith(NamespacedDrill.LIVE_ADDRESS + ":5432 "))
                .anySatisfy(c -> assertThat(c).startsWith(NamespacedDrill.LIVE_ADDRESS + ":6379 "))
                .anySatisfy(c -> assertThat(c).startsWith(NamespacedDrill.LIVE_ADDRESS + ":8080 "));

        assertThat(read("drill-state.out")).as("names are judged by the addresses they resolve to, not by their spelling")
                .containsPattern("pg-live +postgres +site live +not observed in DRILL ")
                .contains("error: " + NamespacedDrill.LIVE_ADDRESS + ":5432 is outside the drill environment (loopback)")
                .contains("error: 127.0.0.1.live.test:6379 resolves to " + NamespacedDrill.LIVE_ADDRESS
                        + ", which is outside the drill environment (loopback)")
                .contains("error: api.live.test:8080 resolves to " + NamespacedDrill.LIVE_ADDRESS
                        + ", which is outside the drill environment (loopback)")
                .containsPattern("api-drill +http-health +site drill +fresh +health up");
        Path journal = dir.resolve("drill.jsonl");
        assertThat(Incidents.events(journal)).filteredOn(e -> e.type().equals(EventTypes.STATE_CHANGED))
                .extracting(e -> e.data().path("resource").asText() + ": " + e.data().path("state").asText())
                .contains("pg-live: not observed in DRILL: " + NamespacedDrill.LIVE_ADDRESS + ":5432 is outside the drill environment (loopback)")
                .anySatisfy(s -> assertThat(s).startsWith("api-drill: up"));
        assertThat(Incidents.events(journal)).filteredOn(e -> e.type().equals(EventTypes.STEP_SUCCEEDED))
                .extracting(e -> e.data().path("step").asText()).containsExactly("check-drill-api");
        assertThat(Incidents.events(journal)).filteredOn(e -> e.type().equals(EventTypes.STEP_FAILED))
                .extracting(e -> e.data().path("reason").asText()).first().asString()
                .startsWith("DRILL incident refused database.promote on pg-live: it would reach a live system");
        assertThat(Files.readString(journal, StandardCharsets.UTF_8)).doesNotContain(CANARY);
    }

    private Process namespaced(Path hosts) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        ProcessBuilder builder = new ProcessBuilder("unshare", "-n", java, "-Djdk.net.hosts.file=" + hosts,
                "-Djava.util.logging.config.file=" + System.getProperty("java.util.logging.config.file", ""),
                "-cp", classPath, NamespacedDrill.class.getName(), dir.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("namespace.log").toFile());
        Map<String, String> env = builder.environment();
        env.put("WARROOM_NS_PG_PASSWORD", CANARY);
        env.put("WARROOM_LAB_DIR", dir.resolve("no-lab").toString());
        return builder.start();
    }

    private static boolean namespacesWork() {
        try {
            Process probe = new ProcessBuilder("unshare", "-n", "ip", "link", "set", "lo", "up").redirectErrorStream(true).start();
            probe.getInputStream().readAllBytes();
            return probe.waitFor(20, TimeUnit.SECONDS) && probe.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private List<String> connections(String phase) throws IOException {
        return Files.readAllLines(dir.resolve(phase + ".connections"), StandardCharsets.UTF_8);
    }

    private String read(String file) throws IOException {
        return Files.readString(dir.resolve(file), StandardCharsets.UTF_8);
    }

    /** Every resource names a host outside loopback but one, which a name resolving to loopback reaches. */
    private static String plan() {
        return """
                formatVersion: 1
                id: fenced-drill
                system: 演練圍欄
                source:
                  document: 演練圍欄測試計畫
                targets:
                  rto: 10m
                  rpo: 5m
                sites:
                  - id: live
                    title: 正式站
                    role: primary
                    resources:
                      - id: pg-live
                        kind: postgres
                        title: 正式資料庫
                        role: primary
                        observe: {host: "%1$s", port: "5432", database: app, user: app, passwordEnv: WARROOM_NS_PG_PASSWORD}
                      - id: cache-live
                        kind: redis
                        title: 正式快取
                        role: primary
                        observe: {host: 127.0.0.1.live.test, port: "6379"}
                      - id: api-live
                        kind: http-health
                        title: 正式 API
                        observe: {url: "http://api.live.test:8080/health"}
                  - id: drill
                    title: 演練站
                    role: dr
                    resources:
                      - id: api-drill
                        kind: http-health
                        title: 演練 API
                        observe: {url: "http://127.0.0.1.nip.io:%2$d/health"}
                decisionTree:
                  start: failover
                  nodes:
                    - id: failover
                      type: procedure
                      title: 切換
                      procedure: failover
                      next: done
                    - id: done
                      type: end
                      title: 結束
                procedures:
                  - id: failover
                    title: 切換
                    steps:
                      - id: check-drill-api
                        type: action
                        title: 檢查演練 API
                        role: commander
                        action: {kind: http.check, target: api-drill, params: {expectStatus: "200"}}
                        verify: {title: 演練 API 回應 200, condition: http-status, value: "200"}
                        timeout: 30s
                      - id: promote-db
                        type: action
                        title: 提升正式資料庫
                        role: commander
                        destructive: true
                        action: {kind: database.promote, target: pg-live}
                        verify: {title: 已成為主庫, condition: is-primary}
                        timeout: 30s
                roles:
                  - {id: commander, title: 事件指揮官}
                """.formatted(NamespacedDrill.LIVE_ADDRESS, NamespacedDrill.LOOPBACK_PORT);
    }
}
