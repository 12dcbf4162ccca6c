package dev.warroom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code warroom run --severity ID}: the Auto Video plan's levels, chosen at the opening, run the RTO and RPO the run is judged by. */
class SeverityRunTest {

    @TempDir
    Path dir;

    private static Path autoVideo() {
        return Incidents.plan().resolveSibling("auto-video.yaml");
    }

    private CliRun run(Path journal, String... more) {
        String[] args = {"run", autoVideo().toString(), "--mode", "tabletop", "--auto", "--journal", journal.toString(), "--seed",
            Incidents.SEED, "--scenario", "full-system-failure", "--lang", "en"};
        String[] all = new String[args.length + more.length];
        System.arraycopy(args, 0, all, 0, args.length);
        System.arraycopy(more, 0, all, args.length, more.length);
        return CliRun.of(all);
    }

    @Test
    void aTabletopHeldToTheMajorLevelShowsItsTargetsInTheEchoTheSummaryAndTheReport() throws Exception {
        Path journal = dir.resolve("incident.jsonl");

        CliRun run = run(journal, "--severity", "major");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Severity: Major failure (major) — RTO 4h, RPO 1h (--severity; the plan's levels: critical, major, minor)")
                .contains("severity major (RTO 4h, RPO 1h)")
                .containsPattern("RTO \\S+ against a target of 4h — met \\(severity level major\\)")
                .containsPattern("RPO \\S+ against a target of 1h — met \\(severity level major\\)");
        assertThat(Incidents.events(journal).get(0).data().path("severity").asText()).isEqualTo("major");

        CliRun report = CliRun.of("report", journal.toString(), "--format", "md");
        assertThat(report.exitCode()).as(report.err()).isZero();
        assertThat(report.out()).contains("Major failure (major) — RTO 4h, RPO 1h")
                .contains("severity level chosen when the incident opened, Major failure (major) (RTO 4h, RPO 1h)");
    }

    @Test
    void withoutSeverityTheScenariosLevelHoldsAndSaysWhereItCameFrom() throws Exception {
        CliRun run = run(dir.resolve("incident.jsonl"));

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Severity: Critical disaster (critical) — RTO 1h, RPO 15m (the scenario's level;");
    }

    @Test
    void anUnknownLevelIsRefusedNamingThePlansLevelsAndNothingIsWritten() {
        Path journal = dir.resolve("incident.jsonl");

        CliRun run = run(journal, "--severity", "sev1");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("no severity level 'sev1'").contains("the plan's levels are: critical, major, minor");
        assertThat(journal).doesNotExist();
    }

    @Test
    void plansListsTheLevelsWithTheirTargets() {
        CliRun plans = CliRun.of("plans", autoVideo().toString(), "--lang", "en");

        assertThat(plans.exitCode()).as(plans.err()).isZero();
        assertThat(plans.out()).contains("severity levels (--severity ID):").contains("major: Major failure — RTO 4h, RPO 1h")
                .contains("full-system-failure: Complete system failure [critical]");
    }
}
