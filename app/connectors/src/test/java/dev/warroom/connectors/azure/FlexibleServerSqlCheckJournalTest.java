package dev.warroom.connectors.azure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warroom.connectors.ConnectorSettings;
import dev.warroom.connectors.azure.connector.AzureConnector;
import dev.warroom.connectors.postgres.PostgresServers;
import dev.warroom.connectors.world.ConnectorWorld;
import dev.warroom.core.incident.Autopilot;
import dev.warroom.core.incident.IncidentDriver;
import dev.warroom.core.incident.IncidentRuntime;
import dev.warroom.core.incident.IncidentState;
import dev.warroom.core.incident.Mode;
import dev.warroom.core.incident.Progress;
import dev.warroom.core.plan.load.LoadedPlan;
import dev.warroom.core.plan.load.PlanLoader;
import dev.warroom.core.time.SystemIncidentClock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A DRILL of a plan whose DR server is an Azure flexible server, played by a real PostgreSQL on loopback: the
 * autopilot runs its sql.check through the fence and the journal, which records what the query returned and never the
 * password. Resource Manager is a closed loopback port with a static token, so nothing leaves the machine.
 */
class FlexibleServerSqlCheckJournalTest {

    @TempDir
    static Path dir;

    static PostgresServers servers;

    @BeforeAll
    static void startServer() {
        servers = PostgresServers.start(dir);
    }

    @AfterAll
    static void stopServer() {
        if (servers != null) {
            servers.close();
        }
    }

    private static String plan(int port) {
        return """
                formatVersion: 1
                id: flexible-check
                system: Orders
                source:
                  document: Orders DR runbook
                targets:
                  rto: 1h
                  rpo: 15m
                drillEnvironment:
                  hosts: [127.0.0.1/8]
                sites:
                  - id: west
                    title: West
                    role: dr
                    resources:
                      - id: db-dr
                        kind: azure-postgres-flexible
                        title: Orders DR database
                        role: primary
                        observe: {resourceGroup: orders-dr-rg, name: orders-db-dr, host: 127.0.0.1, port: %d, database: warroom,
                                  user: warroom, passwordEnv: %s, sslmode: disable}
                decisionTree:
                  start: check
                  nodes:
                    - {id: check, type: procedure, title: Check, procedure: check, next: done}
                    - {id: done, type: end, title: Done}
                procedures:
                  - id: check
                    title: Check the DR database
                    steps:
                      - id: not-in-recovery
                        type: action
                        title: The DR database accepts writes
                        role: dba
                        action:
                          kind: sql.check
                          target: db-dr
                          params: {query: "SELECT pg_is_in_recovery();", expect: "false"}
                        timeout: 1m
                roles:
                  - {id: dba, title: DBA}
                """.formatted(port, PostgresServers.PASSWORD_ENV);
    }

    @Test
    void theJournalRecordsWhatTheQueryReturnedAndNeverThePassword() throws Exception {
        Path planFile = Files.writeString(dir.resolve("flexible-check.yaml"), plan(servers.pair.primaryPort()), StandardCharsets.UTF_8);
        LoadedPlan loaded = new PlanLoader().load(planFile);
        assertThat(loaded.problems()).as("the plan loads").isEmpty();
        Path journal = dir.resolve("drill.jsonl");
        AzureConnector azure = new AzureConnector(AzureStub.optionsFor("https://127.0.0.1:9", Duration.ofSeconds(2), AzureStub.TEST_TOKEN),
                ConnectorSettings.of(Map.of(PostgresServers.PASSWORD_ENV, PostgresServers.PASSWORD)));
        IncidentRuntime.Opening opening = new IncidentRuntime.Opening(Mode.DRILL, new ConnectorWorld(List.of(azure)), Map.of(),
                IncidentRuntime.REAL_WORLD_BOARD, loaded.plan().orElseThrow(), planFile.toString(), "digest", Optional.empty(), journal,
                new SystemIncidentClock(), Duration.ZERO, false, "test", "sql.check on a flexible server");

        IncidentState end;
        try (IncidentRuntime runtime = IncidentRuntime.open(opening, e -> { })) {
            end = new IncidentDriver(runtime.incident(), new Autopilot(), Progress.NONE, Duration.ZERO).runToEnd();
        }
        String written = Files.readString(journal, StandardCharsets.UTF_8);

        assertThat(end.status().isOver()).isTrue();
        assertThat(written).contains("\"type\":\"step.succeeded\",\"data\":{\"detail\":\"127.0.0.1:" + servers.pair.primaryPort()
                + "/warroom returned f\"").contains("user=warroom").doesNotContain(PostgresServers.PASSWORD);
    }
}
