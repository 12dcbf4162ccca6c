package dev.warroom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.warroom.core.journal.JournalEvent;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The paths issue 13 changed in the AI Workflow plan, run as the every-path test runs them ({@code run --mode tabletop
 * --auto} on the virtual clock, seed 7), and what a reader of the issue checks in their journals.
 */
class AiWorkflowPathsTest {

    @TempDir
    Path dir;

    @Test
    void theRegionalFailoverChecksTheLagBeforePromotingAndPromotesRedisBeforeDnsMovesThenFailsTheStorageOver() throws IOException {
        Journal j = run("--scenario", "region-failure");

        assertThat(j.resolvedAt()).isEqualTo("running-in-dr");
        int lagChecked = j.index(step("step.succeeded", "full-failover", "check-replica-lag"));
        int promotion = j.index(step("step.started", "full-failover", "promote-dr-db"));
        assertThat(lagChecked).as("the lag is checked against the RPO before the promotion starts").isLessThan(promotion).isNotNegative();
        assertThat(j.event(step("step.succeeded", "full-failover", "check-replica-lag")).path("evidence").asText()).startsWith("lag ");

        int redisPromoted = j.index(step("step.succeeded", "full-failover", "promote-redis"));
        assertThat(j.event(step("step.started", "full-failover", "promote-redis")).path("kind").asText()).isEqualTo("cache.promote");
        assertThat(j.event(step("step.started", "full-failover", "promote-redis")).path("target").asText()).isEqualTo("ai-workflow-redis-dr");
        assertThat(redisPromoted).as("the Redis geo-replica is promoted before DNS moves")
                .isNotNegative().isLessThan(j.index(step("step.started", "full-failover", "update-dns")));

        ObjectNode storage = j.event(step("step.started", "full-failover", "failover-storage"));
        assertThat(storage.path("kind").asText()).isEqualTo("storage.failover");
        assertThat(storage.path("params").path("failoverType").asText()).isEqualTo("unplanned");
        assertThat(j.event(step("step.succeeded", "full-failover", "failover-storage")).path("resource").asText()).isEqualTo("blob-dr");
    }

    @Test
    void theDrAddressForUpdateDnsComesFromAReadingAndShowsInTheDryRunAndTheJournal() throws IOException {
        Journal j = run("--scenario", "region-failure");

        ObjectNode set = j.event(e -> e.type().equals("parameter.set") && e.data().path("parameter").asText().equals("dr-address"));
        assertThat(set.path("source").asText()).isEqualTo("reading");
        assertThat(set.path("resource").asText()).isEqualTo("dr-gateway-lb");
        assertThat(set.path("attribute").asText()).isEqualTo("target");
        String address = set.path("value").asText();
        assertThat(address).isNotBlank();

        ObjectNode dryRun = j.event(step("step.proposed", "full-failover", "update-dns")).path("preview").deepCopy();
        assertThat(dryRun.path("call").asText()).as("the dry run shows the address read").contains(address);
        ObjectNode started = j.event(step("step.started", "full-failover", "update-dns"));
        assertThat(started.path("kind").asText()).isEqualTo("dns.update");
        assertThat(started.path("params").path("value").asText()).as("the dns.update value is the reading").isEqualTo(address);
        assertThat(j.event(step("step.succeeded", "full-failover", "update-dns")).path("evidence").asText()).contains(address);
    }

    @Test
    void aReplicaFurtherBehindThanTheRpoStopsTheFailoverBeforeTheIrreversiblePromotion() throws IOException {
        Path plan = dir.resolve("ai-workflow-behind.yaml");
        String text = Files.readString(Incidents.plan(), StandardCharsets.UTF_8);
        String behind = text.replace("      - id: replica-behind-at-outage\n        derived: true\n        at: 0s\n        fault: replica-lag-spike\n"
                + "        target: db-dr\n        value: 90s\n", "      - id: replica-behind-at-outage\n        derived: true\n        at: 0s\n"
                + "        fault: replica-lag-spike\n        target: db-dr\n        value: 20m\n");
        assertThat(behind).as("the Q3 drill's replica 20 minutes behind when East US goes down").isNotEqualTo(text);
        Files.writeString(plan, behind, StandardCharsets.UTF_8);

        Journal j = runPlan(plan, "--drill", "region-failure-drill-q3");

        assertThat(j.has(step("step.failed", "full-failover", "check-replica-lag"))).as("the lag check fails above the RPO").isTrue();
        assertThat(j.has(step("step.started", "full-failover", "promote-dr-db"))).as("the promotion never starts").isFalse();
        assertThat(j.types()).contains("incident.aborted");
    }

    @Test
    void theRegionWaitHasARecoveredExitAndItsLimitLeadsOnToTheImpactQuestion() throws IOException {
        Journal recovered = run("--scenario", "region-failure", "--answers", answers(
                "answers:", "  region-failure-detected: confirmed", "  auto-recovery-possible: \"yes\"",
                "recovered:", "  wait-auto-recovery: {round: 1, said: \"East US answers again\"}"));
        assertThat(recovered.resolvedAt()).isEqualTo("eastus-recovered");
        assertThat(recovered.has(e -> e.type().equals("procedure.started"))).as("no failover after a recovery").isFalse();

        Journal limit = run("--scenario", "region-failure", "--answers", answers(
                "answers:", "  region-failure-detected: confirmed", "  auto-recovery-possible: \"yes\""));
        assertThat(limit.nodes()).containsSubsequence("wait-auto-recovery", "impact-scope", "full-failover", "running-in-dr");
        assertThat(limit.types()).contains("decision.reassess-checked");
    }

    @Test
    void theSecurityPathReachesTheKnownGoodRestoreAndTheRecoveryAfterIt() throws IOException {
        Journal j = run("--scenario", "security-incident");

        assertThat(j.procedures()).containsExactly("security-incident", "pitr-restore", "security-recovery");
        assertThat(j.nodes()).containsSubsequence("security-response", "known-good-restore", "security-pitr-restore", "security-recovery",
                "security-closed");
        assertThat(j.resolvedAt()).isEqualTo("security-closed");

        Journal full = run("--scenario", "security-incident", "--answers", answers("answers:", "  known-good-restore: full"));
        assertThat(full.procedures()).containsExactly("security-incident", "full-restore", "security-recovery");
        assertThat(full.resolvedAt()).isEqualTo("security-closed");
    }

    @Test
    void theRestoresTargetTheSiteThatIsPrimaryAtTheTimeNotEastUs() throws IOException {
        Journal pitr = run("--scenario", "data-corruption", "--answers", answers("answers:", "  restore-method: pitr",
                "parameters:", "  pitr-restore:", "    primary-server: ai-workflow-db-dr", "    primary-resource-group: ai-workflow-dr-rg",
                "    primary-location: westeurope"));
        assertThat(pitr.parameter("primary-server")).isEqualTo("ai-workflow-db-dr");
        assertThat(pitr.event(step("step.succeeded", "pitr-restore", "find-time-point")).path("asked").asText())
                .contains("ai-workflow-db-dr (westeurope)");
        assertThat(pitr.resolvedAt()).isEqualTo("data-restored");

        Journal full = run("--scenario", "data-corruption", "--answers", answers("answers:", "  restore-method: full",
                "parameters:", "  full-restore:", "    primary-context: ai-workflow-aks-dr",
                "    primary-db-host: ai-workflow-db-dr.postgres.database.azure.com"));
        assertThat(full.event(step("step.started", "full-restore", "stop-all-services")).path("params").path("command").asText())
                .isEqualTo("kubectl --context ai-workflow-aks-dr scale deployment --all --replicas=0 -n ai-workflow-prod");
        assertThat(full.resolvedAt()).isEqualTo("data-restored");
    }

    @Test
    void aPartialFailoverInAWholeRegionOutageLeadsOnToTheFullFailoverWithoutPromotingTwice() throws IOException {
        Journal j = run("--scenario", "region-failure", "--answers", answers("answers:", "  region-failure-detected: confirmed",
                "  auto-recovery-possible: \"no\"", "  impact-scope: partial"));

        ObjectNode check = j.event(e -> e.type().equals("step.condition") && e.data().path("step").asText().equals("check-api-gateway")
                && e.data().path("procedure").asText().equals("partial-failover"));
        assertThat(check.path("applies").asBoolean()).as("the API cannot answer while East US is down").isFalse();
        assertThat(j.nodes()).containsSubsequence("partial-failover", "partial-enough", "full-failover", "running-in-dr");
        assertThat(j.count(e -> e.type().equals("step.started") && e.data().path("kind").asText().equals("database.promote")))
                .as("the DR database is promoted once").isEqualTo(1);
        assertThat(j.has(step("step.started", "full-failover", "update-dns"))).isTrue();
    }

    @Test
    void theFailbackIsAProcedureTheFailbackDrillRunsToTheEnd() throws IOException {
        Journal j = run("--drill", "failback-drill-q3");

        assertThat(j.procedures()).containsExactly("failback-preparation", "failback");
        assertThat(j.resolvedAt()).isEqualTo("failed-back");
        assertThat(j.has(step("step.succeeded", "failback", "switch-front-door-back"))).isTrue();
        String address = j.parameter("primary-address");
        assertThat(j.event(step("step.started", "failback", "update-dns-back")).path("params").path("value").asText()).isEqualTo(address);
        assertThat(j.types()).contains("drill.closed");
    }

    private Journal run(String... how) throws IOException {
        return runPlan(Incidents.plan(), how);
    }

    private Journal runPlan(Path plan, String... how) throws IOException {
        Path journal = Files.createTempFile(dir, "ai-workflow-", ".jsonl");
        Files.delete(journal);
        List<String> args = new ArrayList<>(List.of("run", plan.toString(), "--mode", "tabletop", "--auto", "--journal", journal.toString(),
                "--seed", Incidents.SEED, "--lang", "en"));
        args.addAll(List.of(how));
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertThat(Files.exists(journal)).as("no journal; exit %d%n%s", run.exitCode(), run.all()).isTrue();
        return new Journal(Incidents.events(journal), run);
    }

    /** An --answers file with these lines, by path. */
    private String answers(String... lines) throws IOException {
        List<String> all = new ArrayList<>(List.of("actor: ai-workflow-paths"));
        all.addAll(List.of(lines));
        return Files.write(Files.createTempFile(dir, "answers-", ".yaml"), all, StandardCharsets.UTF_8).toString();
    }

    private static Predicate<JournalEvent> step(String type, String procedure, String step) {
        return e -> e.type().equals(type) && e.data().path("procedure").asText().equals(procedure) && e.data().path("step").asText().equals(step);
    }

    /** A run's journal, read the way the reader reads it. */
    private record Journal(List<JournalEvent> events, CliRun run) {

        int index(Predicate<JournalEvent> which) {
            for (int i = 0; i < events.size(); i++) {
                if (which.test(events.get(i))) {
                    return i;
                }
            }
            return -1;
        }

        boolean has(Predicate<JournalEvent> which) {
            return index(which) >= 0;
        }

        long count(Predicate<JournalEvent> which) {
            return events.stream().filter(which).count();
        }

        ObjectNode event(Predicate<JournalEvent> which) {
            int i = index(which);
            assertThat(i).as("no such event in the journal; the run said:%n%s", run.all()).isNotNegative();
            return events.get(i).data();
        }

        List<String> types() {
            return events.stream().map(JournalEvent::type).toList();
        }

        List<String> nodes() {
            return events.stream().filter(e -> e.type().equals("decision.entered")).map(e -> e.data().path("node").asText()).toList();
        }

        List<String> procedures() {
            return events.stream().filter(e -> e.type().equals("procedure.started")).map(e -> e.data().path("procedure").asText()).toList();
        }

        String parameter(String id) {
            return event(e -> e.type().equals("parameter.set") && e.data().path("parameter").asText().equals(id)).path("value").asText();
        }

        /** The node the incident was resolved at, or a description of how it ended otherwise. */
        String resolvedAt() {
            Optional<String> last = nodes().isEmpty() ? Optional.empty() : Optional.of(nodes().get(nodes().size() - 1));
            return types().contains("incident.resolved") ? last.orElse("(no node)")
                    : "not resolved: " + types().get(types().size() - 1) + "\n" + run.all();
        }
    }
}
