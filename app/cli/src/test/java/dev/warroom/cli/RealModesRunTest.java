package dev.warroom.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.status;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.warroom.core.incident.EventTypes;
import dev.warroom.core.journal.JournalEvent;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * DRILL and LIVE on the real connectors, against endpoints and a chat webhook served on loopback:
 * the drill acts on the drill environment and is refused anything live; LIVE waits for the word.
 */
class RealModesRunTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String WEBHOOK_ENV = "WARROOM_CLI_TEST_WEBHOOK";

    @TempDir
    Path dir;

    private WireMockServer endpoints;

    @BeforeEach
    void serve() throws Exception {
        endpoints = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        endpoints.start();
        endpoints.stubFor(any(urlPathEqualTo("/health")).willReturn(status(200)));
        endpoints.stubFor(any(urlPathEqualTo("/standby")).willReturn(status(200)));
        System.setProperty("WARROOM_CHAT_RETRY_FIRST", "50ms");
    }

    @AfterEach
    void stop() {
        endpoints.stop();
        System.clearProperty(WEBHOOK_ENV);
        System.clearProperty("WARROOM_CHAT_RETRY_FIRST");
    }

    private Path plan() throws Exception {
        return LoopbackPlans.write(dir, url("/health"), url("/standby"), WEBHOOK_ENV);
    }

    private String url(String path) {
        return "http://127.0.0.1:" + endpoints.port() + path;
    }

    private List<String> received(String path) {
        return endpoints.findAll(anyRequestedFor(urlPathEqualTo(path))).stream().map(LoggedRequest::getBodyAsString).toList();
    }

    private List<JournalEvent> ofType(Path journal, String type) throws Exception {
        return Incidents.events(journal).stream().filter(e -> e.type().equals(type)).toList();
    }

    @Test
    void aDrillActsOnTheLoopbackEndpointsButIsRefusedAChatMessageToARealSlackWorkspace() throws Exception {
        System.setProperty(WEBHOOK_ENV, "https://hooks.slack.com/services/T0/B0/SECRET");
        Path journal = dir.resolve("drill.jsonl");

        CliRun run = CliRun.of("run", plan().toString(), "--mode", "drill", "--auto", "--journal", journal.toString());

        assertThat(run.exitCode()).as(run.all()).isEqualTo(3);
        assertThat(run.out()).contains("WarRoom DRILL — 本機網站演練 — journal " + journal + " — connectors: ");
        JournalEvent opened = Incidents.events(journal).get(0);
        assertThat(opened.data().path("mode").asText()).isEqualTo("drill");
        assertThat(opened.data().path("world").asText()).contains("web");
        assertThat(opened.data().path("worldSettings").path("identity.web").asText()).startsWith("no cloud identity");
        assertThat(ofType(journal, EventTypes.STEP_SUCCEEDED)).extracting(e -> e.data().path("step").asText() + ": "
                + e.data().path("detail").asText()).singleElement().asString().startsWith("check-standby: HTTP status 200");
        assertThat(received("/standby")).isNotEmpty();
        assertThat(ofType(journal, EventTypes.STEP_FAILED)).extracting(e -> e.data().path("reason").asText())
                .hasSize(2).allSatisfy(reason -> assertThat(reason).startsWith("DRILL incident refused notify.chat on team-chat: it would"
                        + " reach a live system, which DRILL never touches (hooks.slack.com:443 "));
        assertThat(ofType(journal, EventTypes.ABORTED)).hasSize(1);
        assertThat(CliRun.of("verify", journal.toString()).exitCode()).isZero();
    }

    @Test
    void aDrillAnnouncementThatCannotBeSentIsQueuedTheFailoverGoesOnAndTheJournalSaysWhenItArrived() throws Exception {
        endpoints.stubFor(post(urlPathEqualTo("/hooks/lab")).inScenario("chat").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(status(503)).willSetStateTo("back"));
        endpoints.stubFor(post(urlPathEqualTo("/hooks/lab")).inScenario("chat").whenScenarioStateIs("back").willReturn(status(200)));
        System.setProperty(WEBHOOK_ENV, url("/hooks/lab"));
        Path journal = dir.resolve("drill.jsonl");

        CliRun run = CliRun.of("run", plan().toString(), "--mode", "drill", "--auto", "--journal", journal.toString());

        assertThat(run.exitCode()).as(run.all()).isZero();
        JournalEvent announced = ofType(journal, EventTypes.STEP_SUCCEEDED).stream()
                .filter(e -> e.data().path("step").asText().equals("announce")).findFirst().orElseThrow();
        assertThat(announced.data().path("detail").asText()).startsWith("NOT delivered yet to Slack channel team-chat: HTTP 503");
        assertThat(announced.data().path("outputs").path("queued").asText()).isEqualTo("true");
        String id = announced.data().path("outputs").path("outbox").asText();
        assertThat(ofType(journal, EventTypes.NOTE_ADDED)).as(run.all()).extracting(e -> e.actor() + ": " + e.data().path("text").asText())
                .singleElement().asString().startsWith("outbox: chat message " + id + " to Slack channel team-chat")
                .contains(": delivered at ");
        assertThat(received("/hooks/lab")).hasSize(2).allSatisfy(body -> assertThat(JSON.readTree(body).path("text").asText())
                .startsWith("[DRILL] 切換到備援站 / failing over\n\n[wr-").contains("] journal head "));
        assertThat(received("/hooks/lab")).as("a retry of the same message is the same message").containsOnly(received("/hooks/lab").get(0));
        assertThat(CliRun.of("verify", journal.toString()).exitCode()).isZero();
    }

    @Test
    void aDrillStoppedAtTheTerminalResumesOnTheRealConnectorsStillAsADrill() throws Exception {
        endpoints.stubFor(post(urlPathEqualTo("/hooks/lab")).willReturn(status(200)));
        System.setProperty(WEBHOOK_ENV, url("/hooks/lab"));
        Path journal = dir.resolve("drill.jsonl");
        Path plan = plan();
        CliRun stopped = StandardInput.typing("", () -> CliRun.of("run", plan.toString(), "--mode", "drill", "--journal", journal.toString()));
        assertThat(stopped.exitCode()).as(stopped.all()).isEqualTo(4);

        CliRun resumed = CliRun.of("resume", journal.toString(), "--auto");

        assertThat(resumed.exitCode()).as(resumed.all()).isZero();
        assertThat(resumed.out()).contains("WarRoom DRILL — resuming " + journal + " (");
        assertThat(Incidents.types(journal)).contains(EventTypes.RESUMED, EventTypes.RESOLVED);
        assertThat(received("/hooks/lab")).hasSize(1);
    }

    @Test
    void liveStartsOnlyAfterTheCommanderTypesLive() throws Exception {
        Path journal = dir.resolve("live.jsonl");
        Path plan = plan();

        CliRun refused = StandardInput.typing("yes\n", () -> CliRun.of("run", plan.toString(), "--mode", "live", "--journal", journal.toString()));

        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.out()).contains("LIVE mode: every step you confirm acts on real systems. The connectors act as:")
                .contains("  web: no cloud identity").contains("Type LIVE to start, anything else to stop: ");
        assertThat(refused.err()).contains("LIVE not confirmed (you typed 'yes'): nothing was started and no journal was written");
        assertThat(journal).doesNotExist();

        CliRun started = StandardInput.typing("LIVE\n", () -> CliRun.of("run", plan.toString(), "--mode", "live", "--journal",
                journal.toString()));

        assertThat(started.exitCode()).as(started.all()).isEqualTo(4);
        assertThat(started.out()).contains("WarRoom LIVE — 本機網站演練").contains("> Step check-standby");
        assertThat(Incidents.events(journal).get(0).data().path("mode").asText()).isEqualTo("live");
        assertThat(Incidents.types(journal)).doesNotContain(EventTypes.STEP_STARTED);
    }
}
