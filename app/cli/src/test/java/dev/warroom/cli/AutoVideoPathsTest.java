package dev.warroom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warroom.core.incident.EventTypes;
import dev.warroom.core.journal.JournalEvent;
import dev.warroom.core.plan.model.Plan;
import dev.warroom.core.plan.model.Procedure;
import dev.warroom.core.plan.model.Step;
import dev.warroom.core.plan.validate.PlanValidation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Auto Video plan's fixes of issue 13, read from the journals of the paths they change ({@code run --mode tabletop
 * --auto} on the virtual clock, as the every-path test runs them): where the critical restore takes its data from and
 * what it says of the RPO, the security incident contained before its restore, and the failback run and drilled.
 */
class AutoVideoPathsTest {

    @TempDir
    Path dir;

    private static Path plan() {
        return Incidents.plan().resolveSibling("auto-video.yaml");
    }

    private List<JournalEvent> run(String name, String... how) throws Exception {
        Path journal = dir.resolve(name + ".jsonl");
        List<String> args = new ArrayList<>(List.of("run", plan().toString(), "--mode", "tabletop", "--auto", "--journal",
                journal.toString(), "--seed", Incidents.SEED, "--lang", "en"));
        args.addAll(List.of(how));
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertThat(run.exitCode()).as("%s ends resolved%n%s", name, run.all()).isZero();
        List<JournalEvent> events = Incidents.events(journal);
        assertThat(events).extracting(JournalEvent::type).as("%s ends resolved", name).contains(EventTypes.RESOLVED);
        return events;
    }

    private static Optional<JournalEvent> first(List<JournalEvent> events, String type, String procedure, String step) {
        return events.stream().filter(e -> e.type().equals(type))
                .filter(e -> procedure == null || procedure.equals(e.data().path("procedure").asText()))
                .filter(e -> step.equals(e.data().path("step").asText()) || step.equals(e.data().path("node").asText())
                        || step.equals(e.data().path("parameter").asText()))
                .findFirst();
    }

    private static JournalEvent the(List<JournalEvent> events, String type, String procedure, String step) {
        return first(events, type, procedure, step)
                .orElseThrow(() -> new AssertionError("no " + type + " of " + procedure + "/" + step + " in the journal"));
    }

    private static int at(List<JournalEvent> events, String type, String procedure, String step) {
        return events.indexOf(the(events, type, procedure, step));
    }

    private static boolean anyStepRan(List<JournalEvent> events, String procedure) {
        return events.stream().anyMatch(e -> e.type().equals(EventTypes.STEP_STARTED) && procedure.equals(e.data().path("procedure").asText()));
    }

    @Test
    void aCompleteSystemFailurePromotesTheStandbyWithinTheRpoInsteadOfRestoringTheDailyBackup() throws Exception {
        List<JournalEvent> events = run("full-system-failure", "--scenario", "full-system-failure");

        JournalEvent suggested = the(events, EventTypes.SUGGESTED, null, "data-source");
        assertThat(suggested.data().path("signal").asText()).as("the standby's lag reading suggests the source").isEqualTo("backup-within-rpo");
        assertThat(the(events, EventTypes.ANSWERED, null, "data-source").data().path("answer").asText()).isEqualTo("promote-standby");
        JournalEvent promoted = the(events, EventTypes.STEP_SUCCEEDED, "promote-standby", "promote-db");
        assertThat(promoted.data().path("established").asText()).as("the promotion is verified on the world").isEqualTo("verified");
        assertThat(at(events, EventTypes.STEP_SUCCEEDED, "promote-standby", "promote-db"))
                .as("the standby is primary before users are sent to the backup environment")
                .isLessThan(at(events, EventTypes.STEP_STARTED, "switch-to-backup", "switch-traffic"));
        assertThat(anyStepRan(events, "restore-from-backup")).as("the day-old archive is not restored over the promoted database").isFalse();
    }

    @Test
    void aStandbyBeyondTheRpoMakesTheCommanderDeclareTheRpoLostBeforeTheRestore() throws Exception {
        List<JournalEvent> events = run("datacenter-failure", "--scenario", "datacenter-failure");

        assertThat(the(events, EventTypes.ANSWERED, null, "data-source").data().path("answer").asText()).isEqualTo("restore-backup");
        JournalEvent lag = the(events, EventTypes.PARAMETER_SET, "restore-from-backup", "standby-lag");
        assertThat(lag.data().path("source").asText()).as("the lag comes from a reading of the standby").isEqualTo("reading");
        assertThat(lag.data().path("value").asText()).startsWith("40m");
        JournalEvent declared = the(events, EventTypes.STEP_SUCCEEDED, "restore-from-backup", "declare-rpo-lost");
        assertThat(declared.data().path("asked").asText()).as("the go/no-go names the lag and the loss")
                .contains("落後 40m").contains("RPO 15分鐘").contains("宣告 RPO 已遺失");
        assertThat(events.indexOf(declared)).as("the loss is declared before the restore starts")
                .isLessThan(at(events, EventTypes.STEP_STARTED, "restore-from-backup", "restore-data"));
        assertThat(first(events, EventTypes.STEP_STARTED, "promote-standby", "promote-db")).as("a lagging standby is not promoted").isEmpty();
    }

    @Test
    void aSecurityIncidentIsContainedAndRestoresAKnownGoodBackupNeverTheStandbyOrTheNewestArchive() throws Exception {
        List<JournalEvent> events = run("security-incident", "--scenario", "security-incident");

        assertThat(the(events, EventTypes.ANSWERED, null, "critical-cause").data().path("answer").asText()).isEqualTo("security");
        int restore = at(events, EventTypes.STEP_STARTED, "security-response", "restore-known-good");
        for (String containment : List.of("isolate", "preserve-evidence", "rotate-credentials", "choose-known-good")) {
            assertThat(at(events, EventTypes.STEP_SUCCEEDED, "security-response", containment))
                    .as("%s is done before the restore", containment).isLessThan(restore);
        }
        JournalEvent backup = the(events, EventTypes.PARAMETER_SET, "security-response", "known-good-backup");
        assertThat(the(events, EventTypes.STEP_SUCCEEDED, "security-response", "choose-known-good").data().path("asked").asText())
                .as("the go/no-go names the backup chosen").contains("autovideo_backup_" + backup.data().path("value").asText());
        assertThat(anyStepRan(events, "promote-standby")).as("the standby replicates the attacker's changes: not promoted").isFalse();
        assertThat(anyStepRan(events, "restore-from-backup")).as("the newest archive is not restored").isFalse();
        assertThat(restore).isLessThan(at(events, EventTypes.STEP_STARTED, "switch-to-backup", "switch-traffic"));
    }

    @Test
    void theFailbackRunsAsItsOwnIncidentAndMovesUsersBackToTheAddressItReads() throws Exception {
        List<JournalEvent> events = run("primary-repaired", "--scenario", "primary-repaired");

        JournalEvent address = the(events, EventTypes.PARAMETER_SET, "failback", "primary-address");
        assertThat(address.data().path("source").asText()).isEqualTo("reading");
        assertThat(address.data().path("resource").asText()).isEqualTo("primary-entry");
        JournalEvent back = the(events, EventTypes.STEP_SUCCEEDED, "failback", "traffic-back");
        assertThat(back.data().path("outputs").path("value").asText()).isEqualTo(address.data().path("value").asText());
        assertThat(back.data().path("outputs").path("servingSite").asText()).as("users reach the primary again").isEqualTo("primary-env");
        assertThat(at(events, EventTypes.STEP_SUCCEEDED, "failback", "data-back")).as("data goes back before the traffic")
                .isLessThan(events.indexOf(back));
        assertThat(at(events, EventTypes.STEP_SUCCEEDED, "failback", "replication-back")).isGreaterThan(events.indexOf(back));
    }

    @Test
    void theFailbackDrillExercisesTheFailbackAndIsClosed() throws Exception {
        List<JournalEvent> events = run("half-yearly-failback", "--drill", "half-yearly-failback");

        assertThat(events).as("the failback procedure ran to its end")
                .anyMatch(e -> e.type().equals(EventTypes.PROCEDURE_COMPLETED) && "failback".equals(e.data().path("procedure").asText()));
        assertThat(the(events, EventTypes.STEP_SUCCEEDED, "failback", "traffic-back")).isNotNull();
        assertThat(events).extracting(JournalEvent::type).contains(EventTypes.DRILL_CLOSED);
    }

    @Test
    void theFullDrDrillWaitsOutTheDnsFailureAndSwitchesTheTraffic() throws Exception {
        List<JournalEvent> events = run("half-yearly-full-dr", "--drill", "half-yearly-full-dr");

        assertThat(events).anyMatch(e -> e.type().equals(EventTypes.INJECT_FIRED) && "dns-timeout".equals(e.data().path("inject").asText()));
        assertThat(the(events, EventTypes.STEP_SUCCEEDED, "switch-to-backup", "switch-traffic")).isNotNull();
        assertThat(events).extracting(JournalEvent::type).contains(EventTypes.DRILL_CLOSED);
    }

    @Test
    void everyCommandFieldHoldsOnlyWhatAShellTakes() {
        Plan plan = new PlanValidation().validate(plan()).plan().orElseThrow();
        Pattern prose = Pattern.compile("^\\s*(- |\\d+\\. |□)");
        for (Procedure procedure : plan.procedures()) {
            for (Step step : procedure.steps()) {
                if (step.command() == null) {
                    continue;
                }
                assertThat(step.command().lines()).as("%s/%s: a list item or a numbered line is prose, not a command", procedure.id(), step.id())
                        .noneMatch(line -> prose.matcher(line).find());
            }
        }
    }

    @Test
    void thePlanValidates() {
        CliRun run = CliRun.of("validate", plan().toString());
        assertThat(run.exitCode()).as(run.all()).isZero();
    }
}
