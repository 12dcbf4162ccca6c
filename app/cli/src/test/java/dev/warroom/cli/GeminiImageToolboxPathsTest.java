package dev.warroom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warroom.core.incident.EventTypes;
import dev.warroom.core.journal.JournalEvent;
import dev.warroom.core.plan.model.DecisionNode;
import dev.warroom.core.plan.model.NodeType;
import dev.warroom.core.plan.model.Plan;
import dev.warroom.core.plan.model.Procedure;
import dev.warroom.core.plan.model.Resource;
import dev.warroom.core.plan.model.Signal;
import dev.warroom.core.plan.model.Step;
import dev.warroom.core.plan.model.StepType;
import dev.warroom.core.plan.model.Suggestion;
import dev.warroom.core.plan.validate.PlanValidation;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What issue 13 asked of the Gemini Image Toolbox plan, read from the journals of {@code run --mode tabletop --auto}
 * on the paths the fixes change: a CDN fault bypasses the failed CDN (no region failover, no purge through it), the
 * standby serves before DNS moves, each failover path fits the 15-minute RTO, the two Vercel deployments are told
 * apart, and failback is its own incident that the monthly drill's second half exercises.
 */
class GeminiImageToolboxPathsTest {

    private static final Duration RTO = Duration.ofMinutes(15);

    @TempDir
    Path dir;

    private static Path planFile() {
        return Incidents.plan().resolveSibling("gemini-image-toolbox.yaml");
    }

    private static Plan plan() {
        return new PlanValidation().validate(planFile()).plan().orElseThrow(() -> new AssertionError(planFile() + " does not validate"));
    }

    /** One resolved tabletop run on the virtual clock; its journal's events. */
    private List<JournalEvent> resolvedRun(String name, String... how) throws Exception {
        Path journal = dir.resolve(name + ".jsonl");
        List<String> args = new ArrayList<>(List.of("run", planFile().toString(), "--mode", "tabletop", "--auto", "--journal",
                journal.toString(), "--seed", Incidents.SEED, "--lang", "en"));
        args.addAll(List.of(how));
        CliRun run = CliRun.of(args.toArray(String[]::new));
        List<JournalEvent> events = Incidents.events(journal);
        assertThat(events).as(name + ": the incident resolves%n%s", run.all()).anyMatch(e -> e.type().equals(EventTypes.RESOLVED));
        assertThat(run.exitCode()).as(run.all()).isZero();
        return events;
    }

    private Path answers(String... lines) throws Exception {
        return Files.write(Files.createTempFile(dir, "answers-", ".yaml"), List.of(lines), StandardCharsets.UTF_8);
    }

    private static List<String> nodesEntered(List<JournalEvent> events) {
        return events.stream().filter(e -> e.type().equals(EventTypes.NODE_ENTERED)).map(e -> e.data().path("node").asText()).toList();
    }

    private static Predicate<JournalEvent> step(String type, String procedure, String step) {
        return e -> e.type().equals(type) && e.data().path("procedure").asText().equals(procedure) && e.data().path("step").asText().equals(step);
    }

    private static int first(List<JournalEvent> events, Predicate<JournalEvent> which) {
        for (int i = 0; i < events.size(); i++) {
            if (which.test(events.get(i))) {
                return i;
            }
        }
        throw new AssertionError("no such event in the journal");
    }

    private static Duration openedToResolved(List<JournalEvent> events) {
        JournalEvent opened = events.stream().filter(e -> e.type().equals(EventTypes.OPENED)).findFirst().orElseThrow();
        JournalEvent resolved = events.stream().filter(e -> e.type().equals(EventTypes.RESOLVED)).findFirst().orElseThrow();
        return Duration.between(opened.time(), resolved.time());
    }

    @Test
    void aCdnFaultBypassesTheFailedCdnAndNeitherFailsTheRegionOverNorPurgesThroughIt() throws Exception {
        List<JournalEvent> events = resolvedRun("cdn", "--scenario", "cdn-failure");

        assertThat(nodesEntered(events)).containsSubsequence("switch-cdn", "update-dns-bypass-cdn", "verify-availability", "end-recovered")
                .doesNotContain("update-dns", "switch-region", "switch-api");
        List<JournalEvent> started = events.stream().filter(e -> e.type().equals(EventTypes.STEP_STARTED)).toList();
        assertThat(started).as("no standby started, no DNS sent to backup.yourdomain.com, nothing called on the failed CDN")
                .noneMatch(e -> e.data().path("kind").asText().equals("deployment.activate"))
                .noneMatch(e -> e.data().path("kind").asText().equals("dns.update"))
                .noneMatch(e -> e.data().path("target").asText().equals("cdn"));
        assertThat(events).anyMatch(step(EventTypes.STEP_SUCCEEDED, "switch-cdn", "check-primary-origin"))
                .anyMatch(step(EventTypes.STEP_SUCCEEDED, "bypass-cdn-dns", "bypass-cloudflare-proxy"));
    }

    @Test
    void aPurgeOnTheFailoverPathsGoesOnlyThroughACdnThatIsUp() throws Exception {
        List<JournalEvent> events = resolvedRun("region", "--scenario", "region-failure");

        JournalEvent condition = events.stream().filter(step(EventTypes.STEP_CONDITION, "update-dns-record", "purge-cdn-cache")).findFirst()
                .orElseThrow(() -> new AssertionError("the purge's condition was not judged"));
        assertThat(condition.data().path("applies").asBoolean()).isTrue();
        assertThat(condition.data().path("because").asText()).contains("resource 'cdn'").contains("up");
        assertThat(first(events, step(EventTypes.STEP_CONDITION, "update-dns-record", "purge-cdn-cache")))
                .as("the CDN is judged up before the purge is sent through it")
                .isLessThan(first(events, step(EventTypes.STEP_STARTED, "update-dns-record", "purge-cdn-cache")));
    }

    @Test
    void theStandbyIsDeployedAndAnswersBeforeDnsMovesOnEveryPathThatMovesIt() throws Exception {
        Map<String, List<JournalEvent>> runs = Map.of(
                "region failure", resolvedRun("region", "--scenario", "region-failure"),
                "API errors", resolvedRun("api", "--scenario", "api-error"),
                "manual failover", resolvedRun("manual", "--answers", answers("actor: paths-test", "answers:",
                        "  primary-status: failing", "  fault-type: manual-failover").toString()));

        runs.forEach((path, events) -> {
            int deployed = first(events, e -> e.type().equals(EventTypes.STEP_SUCCEEDED) && e.data().path("step").asText().equals("activate-standby"));
            int dnsMoves = first(events, e -> e.type().equals(EventTypes.STEP_STARTED) && e.data().path("step").asText().equals("update-cloudflare-dns"));
            assertThat(deployed).as(path + ": the standby answers before the DNS update starts").isLessThan(dnsMoves);
        });
    }

    @Test
    void theManualFailoverLetsThePersonJudgeThePrimaryAndShowsTheReadingInTheGoNoGo() throws Exception {
        List<JournalEvent> events = resolvedRun("manual", "--answers", answers("actor: paths-test", "answers:",
                "  primary-status: failing", "  fault-type: manual-failover").toString());

        JournalEvent reading = events.stream().filter(e -> e.type().equals(EventTypes.PARAMETER_SET)
                && e.data().path("parameter").asText().equals("primary-health")).findFirst().orElseThrow();
        assertThat(reading.data().path("source").asText()).isEqualTo("reading");
        assertThat(reading.data().path("value").asText()).as("the region-failure world's reading").isEqualTo("down");
        assertThat(events).noneMatch(e -> e.type().equals(EventTypes.STEP_FAILED));
    }

    @Test
    void theDegradationAfterAFailedFailoverChecksTheDegradedPageNotAnApiThatCannotAnswer() throws Exception {
        List<JournalEvent> events = resolvedRun("overload", "--answers", answers("actor: paths-test", "answers:",
                "  primary-status: failing", "  fault-type: overload").toString());

        assertThat(events).anyMatch(step(EventTypes.STEP_SKIPPED, "apply-degradation", "check-health"))
                .anyMatch(step(EventTypes.STEP_STARTED, "apply-degradation", "check-degraded-page"))
                .noneMatch(e -> e.type().equals(EventTypes.STEP_FAILED));
    }

    @Test
    void theMonthlyDrillWaitsOutCloudflareThrottlingWithinTheDnsStepsTimeout() throws Exception {
        List<JournalEvent> events = resolvedRun("monthly", "--drill", "monthly-drill");

        int firstTry = first(events, step(EventTypes.STEP_STARTED, "update-dns-record", "update-cloudflare-dns"));
        int done = first(events, step(EventTypes.STEP_SUCCEEDED, "update-dns-record", "update-cloudflare-dns"));
        assertThat(events.subList(firstTry, done)).as("the throttled update is retried after the wait Cloudflare asks for")
                .anyMatch(step(EventTypes.STEP_RETRIED, "update-dns-record", "update-cloudflare-dns"));
        Duration waited = Duration.between(events.get(firstTry).time(), events.get(done).time());
        Duration timeout = stepNamed(plan(), "update-dns-record", "update-cloudflare-dns").timeout();
        assertThat(waited).as("throttled for a minute, done inside the step's timeout").isLessThanOrEqualTo(timeout);
        assertThat(openedToResolved(events)).as("the drill's RTO").isLessThan(RTO);
    }

    /**
     * The step timeouts from the fault-type answer to "did the service recover?", summed along each failover path,
     * leave the detection time (the longest sustained of the signals that suggest the fault type) inside the RTO; and
     * each failover scenario's measured RTO meets it.
     */
    @Test
    void everyFailoverPathFitsTheFifteenMinuteRto() throws Exception {
        Plan plan = plan();
        assertThat(plan.targets().rto()).isEqualTo(RTO);
        DecisionNode faultType = node(plan, "fault-type");
        Duration detection = faultType.suggestions().stream().map(Suggestion::signal)
                .map(id -> plan.signals().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow())
                .map(Signal::sustained).filter(Objects::nonNull).max(Duration::compareTo).orElse(Duration.ZERO);

        for (String answer : List.of("api-error", "cdn-failure", "region-failure", "manual-failover")) {
            String next = faultType.answers().stream().filter(a -> a.id().equals(answer)).findFirst().orElseThrow().next();
            Duration steps = timeoutsUntilAQuestion(plan, next);
            assertThat(detection.plus(steps)).as("fault-type=%s: %s detection + %s of step timeouts", answer, detection, steps)
                    .isLessThanOrEqualTo(RTO);
        }
        for (String scenario : List.of("api-error", "cdn-failure", "region-failure")) {
            assertThat(openedToResolved(resolvedRun(scenario, "--scenario", scenario))).as(scenario + ": measured RTO").isLessThan(RTO);
        }
    }

    private static Duration timeoutsUntilAQuestion(Plan plan, String from) {
        Duration sum = Duration.ZERO;
        for (DecisionNode n = node(plan, from); n.type() == NodeType.PROCEDURE; n = node(plan, n.next())) {
            String id = n.procedure();
            Procedure procedure = plan.procedures().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
            for (Step s : procedure.steps()) {
                if (s.type() != StepType.CONFIRM) {
                    assertThat(s.timeout()).as("%s/%s bounds its time on a failover path", procedure.id(), s.id()).isNotNull();
                    sum = sum.plus(s.timeout());
                }
            }
        }
        return sum;
    }

    @Test
    void theTwoVercelResourcesObserveDifferentDeployments() {
        Map<String, Resource> vercel = plan().sites().stream().flatMap(s -> s.resources().stream())
                .filter(r -> r.id().equals("vercel-tokyo") || r.id().equals("vercel-backup"))
                .collect(Collectors.toMap(Resource::id, r -> r));

        for (String key : List.of("name", "project", "url")) {
            assertThat(vercel.get("vercel-tokyo").observe().get(key)).as(key).isNotBlank()
                    .isNotEqualTo(vercel.get("vercel-backup").observe().get(key));
        }
    }

    @Test
    void failbackIsItsOwnIncidentAndTheMonthlyDrillsSecondHalfExercisesIt() throws Exception {
        List<JournalEvent> failover = resolvedRun("region", "--scenario", "region-failure");
        assertThat(nodesEntered(failover)).as("the failover's RTO does not wait for the failback").doesNotContain("failback", "await-primary");

        List<JournalEvent> drill = resolvedRun("failback-drill", "--drill", "monthly-failback-drill");

        assertThat(nodesEntered(drill)).containsSubsequence("await-primary", "failback", "end-failed-back");
        int primaryChecked = first(drill, step(EventTypes.STEP_SUCCEEDED, "failback", "primary-healthy"));
        int cdnChecked = first(drill, step(EventTypes.STEP_SUCCEEDED, "failback", "cdn-healthy"));
        int dnsBack = first(drill, step(EventTypes.STEP_STARTED, "failback", "dns-back"));
        int purge = first(drill, step(EventTypes.STEP_STARTED, "failback", "purge"));
        assertThat(primaryChecked).isLessThan(dnsBack);
        assertThat(cdnChecked).as("the purge goes through a CDN seen healthy").isLessThan(purge);
        assertThat(drill).anyMatch(step(EventTypes.STEP_SUCCEEDED, "failback", "standby-again"))
                .anyMatch(e -> e.type().equals(EventTypes.DRILL_CLOSED));
    }

    private static DecisionNode node(Plan plan, String id) {
        return plan.decisionTree().nodes().stream().filter(n -> n.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no node " + id));
    }

    private static Step stepNamed(Plan plan, String procedure, String step) {
        return plan.procedures().stream().filter(p -> p.id().equals(procedure)).flatMap(p -> p.steps().stream())
                .filter(s -> s.id().equals(step)).findFirst().orElseThrow();
    }
}
