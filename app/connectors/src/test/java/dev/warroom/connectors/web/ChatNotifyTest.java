package dev.warroom.connectors.web;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import dev.warroom.connectors.ConnectorSettings;
import dev.warroom.connectors.web.chat.ChatOutbox;
import dev.warroom.connectors.web.chat.ChatPayloads;
import dev.warroom.connectors.web.chat.HttpWebhookSender;
import dev.warroom.connectors.web.chat.NotifyChatExecutor;
import dev.warroom.connectors.web.chat.RetryPolicy;
import dev.warroom.core.plan.model.Channel;
import dev.warroom.core.plan.model.ChannelType;
import dev.warroom.core.world.ActionPreview;
import dev.warroom.core.world.ActionRequest;
import dev.warroom.core.world.ActionResult;
import dev.warroom.core.world.Reach;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** notify.chat to Slack and Teams incoming webhooks served on loopback: payloads, refusals, unset variables and reach. */
class ChatNotifyTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration STEP = Duration.ofMinutes(1);
    private static final String HOOK_PATH = "/services/T0001/B0002/abcdefSECRET";

    private WireMockServer chat;
    private ChatOutbox outbox;

    @BeforeEach
    void start() throws Exception {
        chat = LoopbackWireMock.start();
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        outbox = new ChatOutbox(new HttpWebhookSender(client), new RetryPolicy(Duration.ofMillis(50), Duration.ofMillis(200), 3),
                Clock.systemUTC(), Duration.ofSeconds(2));
    }

    @AfterEach
    void stop() {
        outbox.close();
        chat.stop();
    }

    private NotifyChatExecutor executor(Map<String, String> env) {
        return new NotifyChatExecutor(outbox, ConnectorSettings.of(env), Duration.ofSeconds(5));
    }

    @Test
    void aSlackMessageIsPostedAsTextAndReportedDelivered() throws Exception {
        chat.stubFor(any(urlPathEqualTo(HOOK_PATH)).willReturn(aResponse().withStatus(200).withBody("ok")));
        Channel channel = TestResources.channel("lab-chat", ChannelType.SLACK, "WARROOM_LAB_WEBHOOK");

        ActionResult result = executor(Map.of("WARROOM_LAB_WEBHOOK", LoopbackWireMock.url(chat, HOOK_PATH)))
                .execute(TestResources.toChannel(channel, "[DRILL] failover <started> & running", STEP));

        assertThat(result.succeeded()).isTrue();
        assertThat(result.detail()).startsWith("delivered to Slack channel lab-chat (#lab-chat) at ").endsWith("(HTTP 200 OK)");
        assertThat(result.outputs()).containsEntry("delivered", "true").containsEntry("channel", "lab-chat").containsKey("outbox");
        JsonNode posted = JSON.readTree(LoopbackWireMock.requests(chat, HOOK_PATH).get(0).getBodyAsString());
        assertThat(posted.path("text").asText()).isEqualTo("[DRILL] failover &lt;started&gt; &amp; running");
        assertThat(LoopbackWireMock.requests(chat, HOOK_PATH).get(0).getHeader("Content-Type")).startsWith("application/json");
        assertThat(outbox.pending()).isEmpty();
    }

    @Test
    void aTeamsWorkflowWebhookGetsAnAdaptiveCard() throws Exception {
        chat.stubFor(any(urlPathEqualTo("/workflows/abc")).willReturn(aResponse().withStatus(202)));
        Channel channel = TestResources.channel("bridge", ChannelType.TEAMS, "WARROOM_TEAMS_WEBHOOK");

        ActionResult result = executor(Map.of("WARROOM_TEAMS_WEBHOOK", LoopbackWireMock.url(chat, "/workflows/abc")))
                .execute(TestResources.toChannel(channel, "Failover complete", STEP));

        assertThat(result.succeeded()).isTrue();
        JsonNode posted = JSON.readTree(LoopbackWireMock.requests(chat, "/workflows/abc").get(0).getBodyAsString());
        assertThat(posted.path("type").asText()).isEqualTo("message");
        JsonNode card = posted.path("attachments").get(0);
        assertThat(card.path("contentType").asText()).isEqualTo("application/vnd.microsoft.card.adaptive");
        assertThat(card.path("content").path("type").asText()).isEqualTo("AdaptiveCard");
        assertThat(card.path("content").path("body").get(0).path("text").asText()).isEqualTo("Failover complete");
    }

    @Test
    void aTeamsOffice365ConnectorGetsAMessageCard() throws Exception {
        JsonNode card = JSON.readTree(ChatPayloads.of(ChannelType.TEAMS,
                URI.create("https://contoso.webhook.office.com/webhookb2/abc/IncomingWebhook/def/ghi"), "Failover complete"));

        assertThat(card.path("@type").asText()).isEqualTo("MessageCard");
        assertThat(card.path("text").asText()).isEqualTo("Failover complete");
        assertThat(card.path("summary").asText()).isEqualTo("Failover complete");
    }

    @Test
    void anUnsetWebhookVariableIsAClearFailureAndNothingIsSent() throws Exception {
        Channel channel = TestResources.channel("lab-chat", ChannelType.SLACK, "WARROOM_LAB_WEBHOOK");
        NotifyChatExecutor notify = executor(Map.of());
        ActionRequest request = TestResources.toChannel(channel, "hello", STEP);

        ActionResult result = notify.execute(request);

        assertThat(result.succeeded()).isFalse();
        assertThat(result.detail()).isEqualTo("WARROOM_LAB_WEBHOOK is not set: message not sent");
        assertThat(notify.preview(request).summary()).isEqualTo("Cannot post to Slack channel lab-chat (#lab-chat): WARROOM_LAB_WEBHOOK is not set");
        assertThat(chat.getAllServeEvents()).isEmpty();
    }

    @Test
    void aWebhookTheServiceRefusesIsAFailureAndIsNotQueued() throws Exception {
        chat.stubFor(any(urlPathEqualTo(HOOK_PATH)).willReturn(aResponse().withStatus(404).withBody("no_service")));
        Channel channel = TestResources.channel("lab-chat", ChannelType.SLACK, "WARROOM_LAB_WEBHOOK");

        ActionResult result = executor(Map.of("WARROOM_LAB_WEBHOOK", LoopbackWireMock.url(chat, HOOK_PATH)))
                .execute(TestResources.toChannel(channel, "hello", STEP));

        assertThat(result.succeeded()).isFalse();
        assertThat(result.detail()).isEqualTo("not delivered to Slack channel lab-chat (#lab-chat): HTTP 404 Not Found (no_service)"
                + " — check the webhook in $WARROOM_LAB_WEBHOOK");
        assertThat(outbox.pending()).isEmpty();
    }

    @Test
    void aLoopbackWebhookIsADrillEnvironmentAndSlackItselfIsLiveAndThePreviewNeverShowsTheUrl() {
        Channel channel = TestResources.channel("incident", ChannelType.SLACK, "WARROOM_SLACK_WEBHOOK");
        ActionRequest request = TestResources.toChannel(channel, "Region failover started", STEP);
        String slack = "https://hooks.slack.com" + HOOK_PATH;

        NotifyChatExecutor live = executor(Map.of("WARROOM_SLACK_WEBHOOK", slack));
        NotifyChatExecutor drill = executor(Map.of("WARROOM_SLACK_WEBHOOK", LoopbackWireMock.url(chat, HOOK_PATH)));
        ActionPreview preview = live.preview(request);

        assertThat(live.reach(request)).isEqualTo(Reach.LIVE);
        assertThat(drill.reach(request)).isEqualTo(Reach.DRILL_ENVIRONMENT);
        assertThat(preview.call()).isEqualTo("POST $WARROOM_SLACK_WEBHOOK\n  {\"text\":\"Region failover started\"}");
        assertThat(preview.summary() + preview.call() + preview.changes()).doesNotContain("SECRET").doesNotContain("hooks.slack.com");
        assertThat(chat.getAllServeEvents()).isEmpty();
    }

    @Test
    void aChannelThatIsNotAWebhookIsNamed() throws Exception {
        Channel email = TestResources.channel("exec-mail", ChannelType.EMAIL, "WARROOM_MAIL");

        ActionResult result = executor(Map.of("WARROOM_MAIL", LoopbackWireMock.url(chat, "/x"))).execute(TestResources.toChannel(email, "hi", STEP));

        assertThat(result.detail()).isEqualTo("notify.chat posts to Slack and Teams incoming webhooks; channel 'exec-mail' is email");
    }
}
