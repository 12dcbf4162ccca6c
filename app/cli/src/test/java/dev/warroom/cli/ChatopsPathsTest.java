package dev.warroom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warroom.core.incident.IncidentFold;
import dev.warroom.core.incident.IncidentState;
import dev.warroom.core.incident.IncidentStatus;
import dev.warroom.core.journal.JournalEvent;
import dev.warroom.core.plan.model.Plan;
import dev.warroom.core.plan.model.Procedure;
import dev.warroom.core.plan.model.Resource;
import dev.warroom.core.plan.model.Step;
import dev.warroom.core.plan.validate.PlanValidation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ChatOps plan's issue-13 fixes, read from the journals of the paths they change: level 3 builds the DR cluster
 * from the DR Terraform, deploys the application, promotes the database and the DR Redis and points the application
 * at them before DNS moves; the level-2 snapshot restore takes the zone it is given and records its baseline before
 * comparing; failback runs as its own drill. Each run is {@code warroom run --mode tabletop --auto} on the virtual
 * clock, as the every-path test runs them.
 */
class ChatopsPathsTest {

    @TempDir
    Path dir;

    private final Plan plan = new PlanValidation().validate(planFile()).plan()
            .orElseThrow(() -> new AssertionError("plans/chatops.yaml does not validate"));

    @Test
    void levelThreeBuildsTheDrClusterFromTheDrTerraformAndDeploysTheApplicationBeforeDnsMoves() throws IOException {
        Journal j = run(List.of("answers:", "  disaster-level: \"level-3\"", "  l3-eks-available: \"unavailable\""),
                "--scenario", "level-3-region-disaster");

        int dnsMoves = j.first("step.started", "dr-cutover", "update-dns");
        assertThat(j.first("step.succeeded", "eks-rebuild-dr", "terraform")).as("the DR cluster is built before DNS moves").isLessThan(dnsMoves);
        assertThat(j.event(j.first("step.succeeded", "eks-rebuild-dr", "terraform")).data().path("resource").asText())
                .as("the rebuild is checked on the DR cluster").isEqualTo("eks-chatops-dr");
        assertThat(j.first("step.succeeded", "app-layer-recovery-dr", "apply-backup")).as("the application is deployed before DNS moves")
                .isLessThan(dnsMoves);
        assertThat(j.first("step.succeeded", "dr-cutover", "check-dr-app")).as("the DR entry answers before DNS moves").isLessThan(dnsMoves);
        assertThat(j.procedures()).as("prod's rebuild (its Terraform, its cluster) is not on the level-3 path").doesNotContain("eks-rebuild");

        Step terraform = step("eks-rebuild-dr", "terraform");
        assertThat(terraform.command()).contains("cd deploy/terraform/environments/dr").doesNotContain("environments/prod");
    }

    @Test
    void levelThreePromotesTheDatabaseAndTheDrRedisAndRepointsTheApplicationBeforeDnsMoves() throws IOException {
        Journal j = run(List.of(), "--scenario", "level-3-region-disaster");

        int promoted = j.first("step.succeeded", "cross-region-recovery", "promote-replica");
        int redis = j.first("step.succeeded", "cross-region-recovery", "promote-redis-dr");
        int database = j.first("step.succeeded", "app-layer-recovery-dr", "repoint-database");
        int cache = j.first("step.succeeded", "app-layer-recovery-dr", "repoint-redis");
        int dnsMoves = j.first("step.started", "dr-cutover", "update-dns");
        assertThat(j.event(redis).data().path("kind").asText()).isEqualTo("cache.promote");
        assertThat(j.event(redis).data().path("resource").asText()).as("the Redis promoted is the one in the DR region").isEqualTo("redis-chatops-dr");
        assertThat(promoted).as("the application is repointed at the database once it is promoted").isLessThan(database);
        assertThat(redis).as("and at the DR Redis once it is promoted").isLessThan(cache);
        assertThat(List.of(promoted, redis, database, cache)).as("all of it before DNS moves").allMatch(i -> i < dnsMoves);
        assertThat(j.first("step.succeeded", "dr-cutover", "update-dns")).isGreaterThan(dnsMoves);
        assertThat(j.entered()).as("the path ends in the DR region, pointing at failback").endsWith("l3-running-in-dr");

        Resource drRedis = resource("redis-chatops-dr");
        assertThat(drRedis.derived()).as("the DR Redis is the plan author's, and says so").isTrue();
        assertThat(drRedis.observe()).containsEntry("region", "us-west-2");
        assertThat(drRedis.details().get("note")).contains("not in the seed");
    }

    @Test
    void dnsRollbackIsAnActionThatPointsTheRecordBackAtTheUsEast1Entry() {
        Step update = step("dr-cutover", "update-dns");
        assertThat(update.rollback().action()).as("a rollback WarRoom can run, not only words").isNotNull();
        assertThat(update.rollback().action().kind()).isEqualTo("dns.update");
        assertThat(update.rollback().action().target()).isEqualTo("api-dns");
        assertThat(update.rollback().action().params()).containsEntry("value", resource("api-dns").details().get("value"));
        assertThat(update.rollback().action().params().get("value")).isNotEqualTo(update.action().params().get("value"));
    }

    @Test
    void levelTwoSnapshotRestoreTakesTheZoneItIsGivenAndRecordsTheBaselineBeforeComparing() throws IOException {
        Journal j = run(List.of("answers:", "  disaster-level: \"level-2\"", "  l2-failover-ok: \"needs-manual\"", "  l2-component: \"rds\"",
                "parameters:", "  rds-snapshot-restore:", "    restore-zone: us-east-1c"), "--scenario", "level-2-az-failure");

        int zone = j.firstMatching("parameter.set", e -> "restore-zone".equals(e.data().path("parameter").asText()));
        assertThat(j.event(zone).data().path("value").asText()).isEqualTo("us-east-1c");
        assertThat(j.event(zone).data().path("source").asText()).isEqualTo("asked");
        assertThat(zone).as("the zone is known before the restore").isLessThan(j.first("step.started", "rds-snapshot-restore", "restore"));
        assertThat(step("rds-snapshot-restore", "restore").command()).contains("--availability-zone {{restore-zone}}").doesNotContain("us-east-1a");

        int baseline = j.first("step.succeeded", "rds-snapshot-restore", "record-baseline");
        assertThat(j.event(baseline).data().path("outputs").path("result").asText()).as("the baseline's counts are in the journal")
                .contains("users|").contains("sessions|").contains("messages|");
        assertThat(j.event(baseline).data().path("resource").asText()).isEqualTo("rds-chatops-dr-replica");
        assertThat(baseline).as("recorded before the restore, and so before the comparison")
                .isLessThan(j.first("step.started", "rds-snapshot-restore", "restore"))
                .isLessThan(j.first("step.started", "verify-data-restored", "row-counts"));
        int byHand = j.first("step.condition", "rds-snapshot-restore", "record-baseline-by-hand");
        assertThat(j.event(byHand).data().path("applies").asBoolean(true)).as("with the replica readable, nobody copies counts by hand").isFalse();
    }

    @Test
    void failbackToUsEast1IsDrilledToTheEnd() throws IOException {
        Journal j = run(List.of(), "--drill", "failback-drill");

        assertThat(j.state().drill()).hasValueSatisfying(d -> assertThat(d.closed()).isTrue());
        int stopWrites = j.first("step.succeeded", "failback-to-us-east-1", "stop-writes");
        int promote = j.first("step.succeeded", "failback-to-us-east-1", "promote-failback-replica");
        int entryAnswers = j.first("step.succeeded", "failback-to-us-east-1", "check-prod-entry");
        int dnsBack = j.first("step.succeeded", "failback-to-us-east-1", "dns-back");
        assertThat(stopWrites).as("writes stop in the DR region before the us-east-1 replica is promoted").isLessThan(promote);
        assertThat(promote).as("DNS moves back last").isLessThan(dnsBack);
        assertThat(entryAnswers).as("after the us-east-1 entry answers").isLessThan(dnsBack);
        assertThat(j.event(dnsBack).data().path("detail").asText()).contains("api-prod.chatops.example.com");
        assertThat(j.first("step.succeeded", "failback-to-us-east-1", "restore-dr-replica")).as("DR protection is rebuilt").isGreaterThan(dnsBack);
        assertThat(plan.procedures().stream().filter(p -> p.id().equals("failback-to-us-east-1")).findFirst().map(Procedure::derived))
                .as("failback is the plan author's, the seed has none").hasValue(true);
    }

    private Journal run(List<String> answers, String... how) throws IOException {
        Path journal = dir.resolve("chatops-" + System.nanoTime() + ".jsonl");
        List<String> args = new ArrayList<>(List.of("run", planFile().toString(), "--mode", "tabletop", "--auto", "--journal", journal.toString(),
                "--seed", Incidents.SEED, "--lang", "en"));
        if (!answers.isEmpty()) {
            List<String> lines = new ArrayList<>(List.of("actor: chatops-paths"));
            lines.addAll(answers);
            args.addAll(List.of("--answers", Files.write(dir.resolve("answers-" + System.nanoTime() + ".yaml"), lines, StandardCharsets.UTF_8).toString()));
        }
        args.addAll(List.of(how));
        CliRun cli = CliRun.of(args.toArray(String[]::new));
        Journal j = new Journal(plan, Incidents.events(journal), journal);
        assertThat(j.state().status()).as("the run ends resolved (exit %d)%n%s", cli.exitCode(), cli.all()).isEqualTo(IncidentStatus.RESOLVED);
        return j;
    }

    private Step step(String procedure, String id) {
        return plan.procedures().stream().filter(p -> p.id().equals(procedure)).flatMap(p -> p.steps().stream())
                .filter(s -> s.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError("no step " + procedure + "/" + id));
    }

    private Resource resource(String id) {
        return plan.sites().stream().flatMap(s -> s.resources().stream()).filter(r -> r.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no resource " + id));
    }

    private static Path planFile() {
        return Incidents.plan().resolveSibling("chatops.yaml");
    }

    /** One run's journal, searched by event type, procedure and step. */
    private record Journal(Plan plan, List<JournalEvent> events, Path file) {

        JournalEvent event(int index) {
            return events.get(index);
        }

        int first(String type, String procedure, String step) {
            return firstMatching(type, e -> procedure.equals(e.data().path("procedure").asText()) && step.equals(e.data().path("step").asText()));
        }

        int firstMatching(String type, Predicate<JournalEvent> which) {
            return IntStream.range(0, events.size()).filter(i -> events.get(i).type().equals(type) && which.test(events.get(i))).findFirst()
                    .orElseThrow(() -> new AssertionError("no " + type + " of that kind in " + file));
        }

        List<String> procedures() {
            return events.stream().filter(e -> e.type().equals("procedure.started")).map(e -> e.data().path("procedure").asText()).toList();
        }

        List<String> entered() {
            return events.stream().filter(e -> e.type().equals("decision.entered")).map(e -> e.data().path("node").asText()).toList();
        }

        IncidentState state() throws IOException {
            return IncidentFold.fold(plan, Incidents.incidentEvents(file));
        }
    }
}
