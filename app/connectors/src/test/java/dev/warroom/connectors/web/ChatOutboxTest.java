package dev.warroom.connectors.web;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.warroom.connectors.ConnectorSettings;
import dev.warroom.connectors.web.chat.ChatFate;
import dev.warroom.connectors.web.chat.ChatMessage;
import dev.warroom.connectors.web.chat.ChatOutbox;
import dev.warroom.connectors.web.chat.HttpWebhookSender;
import dev.warroom.connectors.web.chat.NotifyChatExecutor;
import dev.warroom.connectors.web.chat.Receipt;
import dev.warroom.connectors.web.chat.RetryPolicy;
import dev.warroom.core.plan.model.Channel;
import dev.warroom.core.plan.model.ChannelType;
import dev.warroom.core.world.ActionResult;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The chat outbox while the network is down: a message that cannot be sent is queued without
 * stalling the step, retried with back-off, delivered in order once the webhook is back, and its
 * fate told to the listener — or given up, or left behind at shutdown, and said so.
 */
class ChatOutboxTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration STEP = Duration.ofMinutes(1);
    private static final String HOOK = "/services/T0001/B0002/abcdefSECRET";
    private static final long WAIT_SECONDS = 20;

    private final BlockingQueue<ChatFate> fates = new LinkedBlockingQueue<>();
    private ChatOutbox outbox;
    private WireMockServer chat;
    private int port;
    private Channel channel;

    @BeforeEach
    void webhookDown() throws Exception {
        port = LoopbackWireMock.closedPort();
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        outbox = new ChatOutbox(new HttpWebhookSender(client), new RetryPolicy(Duration.ofMillis(50), Duration.ofMillis(200), 200),
                Clock.systemUTC(), Duration.ofSeconds(2));
        outbox.addListener(fates::add);
        channel = TestResources.channel("lab-chat", ChannelType.SLACK, "WARROOM_LAB_WEBHOOK");
    }

    @AfterEach
    void stop() {
        outbox.close();
        if (chat != null) {
            chat.stop();
        }
    }

    private NotifyChatExecutor notifier() {
        return new NotifyChatExecutor(outbox, ConnectorSettings.of(Map.of("WARROOM_LAB_WEBHOOK", "http://127.0.0.1:" + port + HOOK)),
                Duration.ofSeconds(5));
    }

    private ChatFate nextFate() throws InterruptedException {
        ChatFate fate = fates.poll(WAIT_SECONDS, TimeUnit.SECONDS);
        assertThat(fate).as("a fate within " + WAIT_SECONDS + "s").isNotNull();
        return fate;
    }

    @Test
    void aMessageThatCannotBeSentIsQueuedTheStepGoesOnAndItsDeliveryIsReportedWhenTheWebhookIsBack() throws Exception {
        ActionResult result = notifier().execute(TestResources.toChannel(channel, "[DRILL] failover starting", STEP));

        assertThat(result.succeeded()).as("a chat outage must not stall the failover").isTrue();
        assertThat(result.detail()).startsWith("NOT delivered yet to Slack channel lab-chat (#lab-chat): connection refused by 127.0.0.1:"
                + port + "; queued as chat-").endsWith("retried in the background — the journal will record whether it arrives");
        assertThat(result.outputs()).containsEntry("delivered", "false").containsEntry("queued", "true");
        assertThat(outbox.pending()).hasSize(1);

        chat = LoopbackWireMock.startOn(port);
        chat.stubFor(post(urlEqualTo(HOOK)).willReturn(aResponse().withStatus(200).withBody("ok")));
        ChatFate fate = nextFate();

        assertThat(fate.outcome()).isEqualTo(ChatFate.Outcome.DELIVERED);
        assertThat(fate.message().id()).isEqualTo(result.outputs().get("outbox"));
        assertThat(fate.tries()).isGreaterThanOrEqualTo(2);
        assertThat(fate.words()).startsWith("chat message " + fate.message().id()
                + " to Slack channel lab-chat (#lab-chat) (\"[DRILL] failover starting\"): delivered at ")
                .endsWith(" tries (HTTP 200 OK)");
        assertThat(LoopbackWireMock.requests(chat, HOOK)).hasSize(1);
        assertThat(outbox.pending()).isEmpty();
    }

    @Test
    void queuedMessagesArriveInTheOrderTheyWereSent() throws Exception {
        notifier().execute(TestResources.toChannel(channel, "first: failover starting", STEP));
        ActionResult second = notifier().execute(TestResources.toChannel(channel, "second: failover complete", STEP));

        assertThat(second.detail()).contains("waiting behind 1 earlier message to this channel");

        chat = LoopbackWireMock.startOn(port);
        chat.stubFor(post(urlEqualTo(HOOK)).willReturn(aResponse().withStatus(200).withBody("ok")));
        List<String> delivered = List.of(nextFate(), nextFate()).stream().map(f -> f.message().text()).toList();

        assertThat(delivered).containsExactly("first: failover starting", "second: failover complete");
        assertThat(LoopbackWireMock.requests(chat, HOOK)).extracting(r -> JSON.readTree(r.getBodyAsString()).path("text").asText())
                .containsExactly("first: failover starting", "second: failover complete");
    }

    @Test
    void aWebhookThatKeepsFailingIsGivenUpAfterTheLastTryAndSaysWhy() throws Exception {
        outbox.close();
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        outbox = new ChatOutbox(new HttpWebhookSender(client), new RetryPolicy(Duration.ofMillis(20), Duration.ofMillis(40), 3),
                Clock.systemUTC(), Duration.ofSeconds(2));
        outbox.addListener(fates::add);
        chat = LoopbackWireMock.startOn(port);
        chat.stubFor(post(urlEqualTo(HOOK)).willReturn(aResponse().withStatus(503).withBody("upstream connect error")));

        ActionResult result = notifier().execute(TestResources.toChannel(channel, "failover complete", STEP));
        ChatFate fate = nextFate();

        assertThat(result.succeeded()).isTrue();
        assertThat(fate.outcome()).isEqualTo(ChatFate.Outcome.GAVE_UP);
        assertThat(fate.words()).endsWith(": NOT delivered — gave up after 3 tries; last: HTTP 503 Service Unavailable (upstream connect error)");
        assertThat(LoopbackWireMock.requests(chat, HOOK)).hasSize(3);
    }

    @Test
    void aTeamsConnectorThatAnswers200WithAThrottlingErrorIsRetried() throws Exception {
        chat = LoopbackWireMock.startOn(port);
        chat.stubFor(post(urlEqualTo(HOOK)).inScenario("throttled").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(200)
                        .withBody("Webhook message delivery failed with error: Microsoft Teams endpoint returned HTTP error 429"))
                .willSetStateTo("accepting"));
        chat.stubFor(post(urlEqualTo(HOOK)).inScenario("throttled").whenScenarioStateIs("accepting")
                .willReturn(aResponse().withStatus(200).withBody("1")));
        Channel teams = TestResources.channel("bridge", ChannelType.TEAMS, "WARROOM_LAB_WEBHOOK");

        ActionResult result = notifier().execute(TestResources.toChannel(teams, "failover complete", STEP));
        ChatFate fate = nextFate();

        assertThat(result.outputs()).containsEntry("queued", "true");
        assertThat(fate.outcome()).isEqualTo(ChatFate.Outcome.DELIVERED);
        assertThat(LoopbackWireMock.requests(chat, HOOK)).hasSize(2);
    }

    @Test
    void closingWithAMessageStillQueuedReportsItAsNotDelivered() throws Exception {
        notifier().execute(TestResources.toChannel(channel, "failover complete", STEP));

        outbox.close();
        ChatFate fate = nextFate();

        assertThat(fate.outcome()).isEqualTo(ChatFate.Outcome.ABANDONED);
        assertThat(fate.words()).contains("NOT delivered — WarRoom stopped while it was still queued").contains("connection refused");
    }

    @Test
    void noFateOrReceiptEverRepeatsTheWebhookUrl() throws Exception {
        ActionResult queued = notifier().execute(TestResources.toChannel(channel, "failover starting", STEP));
        outbox.close();
        ChatFate fate = nextFate();

        assertThat(queued.detail() + queued.outputs() + fate.words() + fate.message()).doesNotContain("SECRET").doesNotContain(HOOK);
    }

    @Test
    void whileAWebhookHoldsASendOtherThreadsQueueMessagesAndReadTheOutbox() throws Exception {
        WebhookHeldOnALatch held = new WebhookHeldOnALatch();
        WireMockServer hook = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort().extensions(held));
        hook.start();
        try {
            hook.stubFor(post(urlEqualTo(HOOK)).willReturn(aResponse().withStatus(200).withBody("ok")));
            URI webhook = URI.create(hook.baseUrl() + HOOK);
            ChatOutbox patient = new ChatOutbox(new HttpWebhookSender(HttpClient.newHttpClient()),
                    new RetryPolicy(Duration.ofMillis(50), Duration.ofMillis(200), 20), Clock.systemUTC(), Duration.ofSeconds(60));
            try {
                ChatMessage first = patient.compose("lab-chat", "#lab-chat", webhook, "{\"text\":\"first\"}", "first");
                ChatMessage second = patient.compose("lab-chat", "#lab-chat", webhook, "{\"text\":\"second\"}", "second");
                CompletableFuture<Receipt> stuck = CompletableFuture.supplyAsync(() -> send(patient, first, Duration.ofSeconds(60)));
                assertThat(held.arrived.await(WAIT_SECONDS, TimeUnit.SECONDS)).as("the first message reached the webhook").isTrue();

                Receipt queued = CompletableFuture.supplyAsync(() -> send(patient, second, Duration.ofMillis(200)))
                        .get(WAIT_SECONDS, TimeUnit.SECONDS);
                List<ChatMessage> pending = CompletableFuture.supplyAsync(patient::pending).get(WAIT_SECONDS, TimeUnit.SECONDS);

                assertThat(stuck).as("the first send is still held by the webhook").isNotDone();
                assertThat(queued.status()).isEqualTo(Receipt.Status.QUEUED);
                assertThat(queued.words()).isEqualTo("waiting behind 1 earlier message to this channel, which is being tried now");
                assertThat(pending).extracting(ChatMessage::text).containsExactly("first", "second");

                held.release();
                assertThat(stuck.get(WAIT_SECONDS, TimeUnit.SECONDS).status()).isEqualTo(Receipt.Status.DELIVERED);
                await().atMost(Duration.ofSeconds(WAIT_SECONDS)).until(() -> patient.pending().isEmpty());
                hook.verify(2, postRequestedFor(urlEqualTo(HOOK)));
            } finally {
                held.release();
                patient.close();
            }
        } finally {
            hook.stop();
        }
    }

    private static Receipt send(ChatOutbox outbox, ChatMessage message, Duration budget) {
        try {
            return outbox.send(message, budget);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CompletionException(e);
        }
    }
}
