package dev.warroom.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.status;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.warroom.core.incident.EventTypes;
import dev.warroom.core.incident.JournalEventSink;
import dev.warroom.core.incident.ResumeChecks;
import dev.warroom.core.incident.UnknownOutcomes;
import dev.warroom.core.journal.JournalEvent;
import dev.warroom.core.journal.JournalVerifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 while a DRILL's chat message is on its way to a loopback webhook (a WireMock stand-in that
 * holds the first post), then {@code resume --auto} in a new JVM: the journal says the outcome is
 * unknown, never that the step failed, and the stand-in never receives the message twice under two
 * keys, nor one key with two different contents. The message's last line names the journal's head at
 * the time it was sent.
 */
class UnknownOutcomeKillTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String WEBHOOK_ENV = "WARROOM_CLI_TEST_WEBHOOK";
    private static final String HOOK = "/hooks/lab";

    @TempDir
    Path dir;

    private WireMockServer standIn;

    @BeforeEach
    void serve() {
        standIn = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        standIn.start();
        standIn.stubFor(any(urlPathEqualTo("/health")).willReturn(status(200)));
        standIn.stubFor(any(urlPathEqualTo("/standby")).willReturn(status(200)));
        standIn.stubFor(post(urlPathEqualTo(HOOK)).inScenario("held").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(200).withFixedDelay(8_000)).willSetStateTo("answering"));
        standIn.stubFor(post(urlPathEqualTo(HOOK)).inScenario("held").whenScenarioStateIs("answering").willReturn(status(200)));
    }

    @AfterEach
    void stop() {
        standIn.stop();
    }

    private String url(String path) {
        return "http://127.0.0.1:" + standIn.port() + path;
    }

    private List<LoggedRequest> posts() {
        return standIn.findAll(anyRequestedFor(urlPathEqualTo(HOOK)));
    }

    @Test
    void aChatMessageCutByKillDashNineIsOfUnknownOutcomeAndIsResentOnlyUnderItsOwnKey() throws Exception {
        Path plan = LoopbackPlans.write(dir, url("/health"), url("/standby"), WEBHOOK_ENV);
        Path journal = dir.resolve("drill.jsonl");
        CliProcess warroom = new CliProcess(dir, Map.of(WEBHOOK_ENV, url(HOOK), "WARROOM_CHAT_RETRY_FIRST", "50ms"));

        Process run = warroom.start(dir.resolve("run.out"), "run", plan.toString(), "--mode", "drill", "--auto", "--journal",
                journal.toString());
        try {
            await("the announcement to be on the wire").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(20))
                    .until(() -> !posts().isEmpty() || !run.isAlive());
            assertThat(run.isAlive()).as("the run still waits for the webhook: %s", Files.readString(dir.resolve("run.out"))).isTrue();
            run.destroyForcibly();
            assertThat(run.waitFor(30, TimeUnit.SECONDS)).as("the killed run ended").isTrue();
        } finally {
            run.destroyForcibly();
        }
        List<JournalEvent> atKill = Incidents.events(journal);
        assertThat(atKill).filteredOn(e -> e.type().equals(EventTypes.STEP_STARTED) && e.data().path("step").asText().equals("announce"))
                .hasSize(1);

        CliProcess.Ran resume = warroom.run(3, "resume", journal.toString(), "--auto");

        assertThat(resume.exitCode()).as(resume.output()).isZero();
        assertThat(resume.output()).contains("Outcome unknown: ").contains(UnknownOutcomes.CANNOT_CHECK).contains("Incident resolved");
        List<JournalEvent> events = Incidents.events(journal);
        assertThat(events).filteredOn(e -> e.type().equals(EventTypes.STEP_FAILED))
                .as("an interrupted message is not a failed one").isEmpty();
        assertThat(events).filteredOn(e -> e.type().equals(EventTypes.STEP_OUTCOME_UNKNOWN)).singleElement()
                .satisfies(e -> assertThat(e.data().path("reason").asText()).startsWith(UnknownOutcomes.CANNOT_CHECK)
                        .contains("chat message may or may not have reached the channel"));
        List<JournalEvent> starts = events.stream().filter(e -> e.type().equals(EventTypes.STEP_STARTED)
                && e.data().path("step").asText().equals("announce")).toList();
        String key = starts.get(0).data().path("idempotencyKey").asText();
        assertThat(starts).hasSize(2).allSatisfy(e -> assertThat(e.data().path("idempotencyKey").asText()).isEqualTo(key));

        List<LoggedRequest> posts = posts();
        assertThat(posts).isNotEmpty().allSatisfy(p -> assertThat(p.getHeader("Idempotency-Key")).isEqualTo(key));
        Map<String, List<String>> bodiesByKey = posts.stream().collect(Collectors.groupingBy(p -> p.getHeader("Idempotency-Key"),
                Collectors.mapping(LoggedRequest::getBodyAsString, Collectors.toList())));
        assertThat(bodiesByKey).as("one key, never with different content").hasSize(1)
                .allSatisfy((k, bodies) -> assertThat(bodies).containsOnly(bodies.get(0)));
        JournalEvent sentUnder = starts.get(0);
        assertThat(JSON.readTree(posts.get(0).getBodyAsString()).path("text").asText())
                .startsWith("[DRILL] 切換到備援站 / failing over")
                .endsWith("\n\n[" + key + "] journal head " + sentUnder.hash() + " (event " + sentUnder.seq() + ")");

        assertThat(JournalVerifier.verify(journal).ok()).isTrue();
        assertThat(ResumeChecks.violations(events.stream().map(JournalEventSink::toIncidentEvent).toList())).isEmpty();
    }
}
