package dev.warroom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warroom.core.incident.EventTypes;
import dev.warroom.core.journal.JournalEvent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The format tour (plans/examples/format-tour.yaml) in TABLETOP from the command line, one scenario per test: each
 * new construct of the plan format taken both ways, and the journal recording every value and choice.
 */
class FormatTourRunTest {

    private static final String PROCEDURE = "fail-over-to-west";
    private static final String DR_ADDRESS = "203.0.113.20";

    @TempDir
    Path dir;

    static Path plan() {
        return Path.of(System.getProperty("warroom.root", "../.."), "plans", "examples", "format-tour.yaml").toAbsolutePath().normalize();
    }

    private CliRun autoRun(Path journal, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("run", plan().toString(), "--mode", "tabletop", "--auto",
                "--journal", journal.toString(), "--seed", Incidents.SEED, "--lang", "en"));
        args.addAll(List.of(more));
        return CliRun.of(args.toArray(String[]::new));
    }

    private static List<JournalEvent> ofType(List<JournalEvent> events, String type) {
        return events.stream().filter(e -> e.type().equals(type)).toList();
    }

    private static JournalEvent only(List<JournalEvent> events, String type, String field, String value) {
        List<JournalEvent> found = ofType(events, type).stream().filter(e -> e.data().path(field).asText().equals(value)).toList();
        assertThat(found).as("one %s with %s=%s", type, field, value).hasSize(1);
        return found.get(0);
    }

    private static String text(JournalEvent event, String field) {
        return event.data().path(field).asText();
    }

    private static void assertOpenedAt(List<JournalEvent> events, String severity, String rto, String rpo) {
        JournalEvent opened = events.get(0);
        assertThat(opened.type()).isEqualTo(EventTypes.OPENED);
        assertThat(text(opened, "severity")).as("the severity level the incident opened at").isEqualTo(severity);
        assertThat(text(opened, "rtoTarget")).as("the level's RTO").isEqualTo(rto);
        assertThat(text(opened, "rpoTarget")).as("the level's RPO").isEqualTo(rpo);
    }

    /** The error-rate signal suggested "failing" at the question after the reassess node, and that is what was answered. */
    private static void assertTheMetricSignalSuggestedFailing(List<JournalEvent> events) {
        JournalEvent suggested = only(events, EventTypes.SUGGESTED, "node", "users-affected");
        assertThat(text(suggested, "signal")).isEqualTo("api-errors");
        assertThat(text(suggested, "answer")).isEqualTo("failing");
        assertThat(suggested.data().path("evidence").toString()).as("the evidence is the error rate over the window")
                .contains("api-health").contains("error rate 100 % over 5m");
        JournalEvent answered = only(events, EventTypes.ANSWERED, "node", "users-affected");
        assertThat(text(answered, "answer")).as("--auto takes the suggestion, not the first answer (serving)").isEqualTo("failing");
        assertThat(events.indexOf(suggested)).isLessThan(events.indexOf(answered));
    }

    private static JournalEvent reassessEnded(List<JournalEvent> events) {
        JournalEvent ended = only(events, EventTypes.REASSESS_ENDED, "node", "watch-recovery");
        List<JournalEvent> rounds = ofType(events, EventTypes.REASSESS_CHECKED);
        assertThat(rounds).as("each round of the reassess node is journalled").isNotEmpty()
                .allSatisfy(r -> assertThat(text(r, "node")).isEqualTo("watch-recovery"));
        assertThat(rounds).extracting(r -> r.data().path("round").asInt()).as("rounds counted from 1").startsWith(1).isSorted();
        return ended;
    }

    private static void assertTheProcedureTookTheReadAddress(List<JournalEvent> events) {
        JournalEvent address = only(events, EventTypes.PARAMETER_SET, "parameter", "dr-address");
        assertThat(text(address, "procedure")).isEqualTo(PROCEDURE);
        assertThat(text(address, "value")).isEqualTo(DR_ADDRESS);
        assertThat(text(address, "source")).isEqualTo("reading");
        assertThat(text(address, "resource")).isEqualTo("ingress-west");
        assertThat(text(address, "attribute")).isEqualTo("target");
        assertThat(text(address, "observedAt")).isNotBlank();
        JournalEvent dns = only(events, EventTypes.STEP_SUCCEEDED, "step", "point-dns");
        assertThat(dns.data().path("outputs").path("value").asText()).as("the DNS update used the address read").isEqualTo(DR_ADDRESS);
        assertThat(dns.data().path("outputs").path("servingSite").asText()).as("users follow it to West Europe").isEqualTo("west");
        assertThat(dns.data().toString()).doesNotContain("{{");
        assertThat(events.indexOf(address)).as("frozen before the first step using it ran").isLessThan(events.indexOf(dns));
    }

    private static void assertCondition(List<JournalEvent> events, String step, boolean applies) {
        JournalEvent condition = only(events, EventTypes.STEP_CONDITION, "step", step);
        assertThat(text(condition, "procedure")).isEqualTo(PROCEDURE);
        assertThat(condition.data().path("applies").asBoolean()).as("%s applies", step).isEqualTo(applies);
        assertThat(text(condition, "because")).as("the journal says why").isNotBlank();
        if (applies) {
            assertThat(ofType(events, EventTypes.STEP_SUCCEEDED)).as("%s ran", step).anyMatch(e -> text(e, "step").equals(step));
        } else {
            assertThat(ofType(events, EventTypes.STEP_SKIPPED)).as("%s was passed over", step).anyMatch(e -> text(e, "step").equals(step));
            assertThat(ofType(events, EventTypes.STEP_STARTED)).as("%s never started", step).noneMatch(e -> text(e, "step").equals(step));
        }
    }

    private static String lastNode(List<JournalEvent> events) {
        List<JournalEvent> entered = ofType(events, EventTypes.NODE_ENTERED);
        return text(entered.get(entered.size() - 1), "node");
    }

    @Test
    void theTourValidates() {
        CliRun run = CliRun.of("validate", plan().toString());

        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(run.all()).doesNotContain("error:");
    }

    @Test
    void aBlipLeavesTheReassessNodeByItsUntilSignalAtTheMinorLevel() throws Exception {
        Path journal = dir.resolve("blip.jsonl");

        CliRun run = autoRun(journal, "--scenario", "api-blip");

        assertThat(run.exitCode()).as(run.all()).isZero();
        List<JournalEvent> events = Incidents.events(journal);
        assertOpenedAt(events, "minor", "4h", "15m");
        JournalEvent ended = reassessEnded(events);
        assertThat(text(ended, "exit")).isEqualTo("recovered");
        assertThat(text(ended, "next")).isEqualTo("recovered-on-its-own");
        List<JournalEvent> rounds = ofType(events, EventTypes.REASSESS_CHECKED);
        assertThat(rounds.get(rounds.size() - 1).data().path("recovered").asBoolean()).as("the last round saw the API recovered").isTrue();
        assertThat(rounds.get(rounds.size() - 1).data().path("evidence").toString()).contains("api-health");
        assertThat(lastNode(events)).isEqualTo("recovered-on-its-own");
        assertThat(ofType(events, EventTypes.ANSWERED)).as("recovered before the question").isEmpty();
        assertThat(ofType(events, EventTypes.PARAMETER_SET)).as("no failover, so nothing asked").isEmpty();
        assertThat(ofType(events, EventTypes.STEP_STARTED)).isEmpty();
    }

    @Test
    void anApiOutageOutlastsTheReassessLimitAndFailsOverPassingOverTheDatabaseAtTheMajorLevel() throws Exception {
        Path journal = dir.resolve("api-down.jsonl");

        CliRun run = autoRun(journal, "--scenario", "api-down");

        assertThat(run.exitCode()).as(run.all()).isZero();
        List<JournalEvent> events = Incidents.events(journal);
        assertOpenedAt(events, "major", "1h", "5m");
        assertTheMetricSignalSuggestedFailing(events);
        JournalEvent ended = reassessEnded(events);
        assertThat(text(ended, "exit")).isEqualTo("limit");
        assertThat(text(ended, "next")).isEqualTo("users-affected");
        assertThat(ofType(events, EventTypes.REASSESS_CHECKED)).as("no round saw the API recover")
                .noneMatch(r -> r.data().path("recovered").asBoolean());

        JournalEvent restorePoint = only(events, EventTypes.PARAMETER_SET, "parameter", "restore-point");
        assertThat(text(restorePoint, "value")).as("--auto takes the plan's default").isEqualTo("latest");
        assertThat(text(restorePoint, "source")).isEqualTo("default");
        assertTheProcedureTookTheReadAddress(events);
        assertCondition(events, "promote-db", false);
        assertCondition(events, "check-data", false);
        assertThat(text(only(events, EventTypes.STEP_CONDITION, "step", "promote-db"), "because")).contains("db-east");
        assertThat(lastNode(events)).isEqualTo("running-in-west");
    }

    @Test
    void aRegionOutageFailsOverPromotingTheDatabaseWithTheRestorePointFromTheAnswersFileAtTheCriticalLevel() throws Exception {
        Path journal = dir.resolve("region-down.jsonl");
        Path answers = Files.write(dir.resolve("answers.yaml"), List.of(
                "actor: dana",
                "parameters:",
                "  " + PROCEDURE + ":",
                "    restore-point: \"2026-12-07T03:40:00Z\""), StandardCharsets.UTF_8);

        CliRun run = autoRun(journal, "--scenario", "region-down", "--answers", answers.toString());

        assertThat(run.exitCode()).as(run.all()).isZero();
        List<JournalEvent> events = Incidents.events(journal);
        assertOpenedAt(events, "critical", "30m", "1m");
        assertTheMetricSignalSuggestedFailing(events);
        assertThat(text(reassessEnded(events), "exit")).isEqualTo("limit");

        JournalEvent restorePoint = only(events, EventTypes.PARAMETER_SET, "parameter", "restore-point");
        assertThat(text(restorePoint, "value")).isEqualTo("2026-12-07T03:40:00Z");
        assertThat(text(restorePoint, "source")).isEqualTo("asked");
        assertThat(restorePoint.actor()).as("given by the answers file's actor").isEqualTo("dana");
        assertTheProcedureTookTheReadAddress(events);
        assertCondition(events, "promote-db", true);
        assertCondition(events, "check-data", true);
        assertThat(lastNode(events)).isEqualTo("running-in-west");
    }

    @Test
    void severityOnTheCommandLineOverridesTheScenariosLevel() throws Exception {
        Path journal = dir.resolve("override.jsonl");

        CliRun run = autoRun(journal, "--scenario", "api-blip", "--severity", "critical");

        assertThat(run.exitCode()).as(run.all()).isZero();
        assertOpenedAt(Incidents.events(journal), "critical", "30m", "1m");
        assertThat(run.out()).contains("Severity: Critical — the whole region is gone (critical) — RTO 30m, RPO 1m (--severity")
                .containsPattern("RTO \\S+ against a target of 30m — met");
    }
}
