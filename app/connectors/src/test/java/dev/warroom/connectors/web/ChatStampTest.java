package dev.warroom.connectors.web;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.warroom.connectors.ConnectorSettings;
import dev.warroom.connectors.web.chat.ChatOutbox;
import dev.warroom.connectors.web.chat.HttpWebhookSender;
import dev.warroom.connectors.web.chat.NotifyChatExecutor;
import dev.warroom.connectors.web.chat.RetryPolicy;
import dev.warroom.core.plan.model.Channel;
import dev.warroom.core.plan.model.ChannelType;
import dev.warroom.core.world.ActionRequest;
import dev.warroom.core.world.RequestOrigin;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A chat message a step sends carries its idempotency key (header and last line) and the journal's head
 * it was sent under; a re-send under the same key is the same message, word for word.
 */
class ChatStampTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String HOOK = "/services/T0001/B0002/stampSECRET";
    private static final String HEAD = "3f2a9c1b7d4e5a60" + "0".repeat(44) + "77c1";
    private static final RequestOrigin ORIGIN = new RequestOrigin("wr-0123456789abcdef", HEAD, 42);

    private WireMockServer chat;
    private ChatOutbox outbox;
    private NotifyChatExecutor notify;
    private Channel channel;

    @BeforeEach
    void start() {
        chat = LoopbackWireMock.start();
        chat.stubFor(any(urlPathEqualTo(HOOK)).willReturn(aResponse().withStatus(200).withBody("ok")));
        outbox = new ChatOutbox(new HttpWebhookSender(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build()),
                new RetryPolicy(Duration.ofMillis(50), Duration.ofMillis(200), 3), Clock.systemUTC(), Duration.ofSeconds(2));
        notify = new NotifyChatExecutor(outbox, ConnectorSettings.of(Map.of("WARROOM_LAB_WEBHOOK", LoopbackWireMock.url(chat, HOOK))),
                Duration.ofSeconds(5));
        channel = TestResources.channel("lab-chat", ChannelType.SLACK, "WARROOM_LAB_WEBHOOK");
    }

    @AfterEach
    void stop() {
        outbox.close();
        chat.stop();
    }

    @Test
    void aStepsMessageEndsWithItsKeyAndTheJournalsHeadAndSendsTheKeyAsAHeader() throws Exception {
        ActionRequest request = TestResources.toChannel(channel, "[DRILL] failover started", Duration.ofMinutes(1)).from(ORIGIN);

        assertThat(notify.execute(request).succeeded()).isTrue();

        LoggedRequest posted = LoopbackWireMock.requests(chat, HOOK).get(0);
        assertThat(posted.getHeader("Idempotency-Key")).isEqualTo("wr-0123456789abcdef");
        assertThat(JSON.readTree(posted.getBodyAsString()).path("text").asText())
                .isEqualTo("[DRILL] failover started\n\n[wr-0123456789abcdef] journal head " + HEAD + " (event 42)");
    }

    @Test
    void aResendUnderTheSameKeyIsTheSameMessageWordForWord() throws Exception {
        ActionRequest request = TestResources.toChannel(channel, "Failover complete", Duration.ofMinutes(1)).from(ORIGIN);

        notify.execute(request);
        notify.execute(request);

        List<LoggedRequest> posts = LoopbackWireMock.requests(chat, HOOK);
        assertThat(posts).hasSize(2);
        assertThat(posts.get(1).getBodyAsString()).isEqualTo(posts.get(0).getBodyAsString());
        assertThat(posts.get(1).getHeader("Idempotency-Key")).isEqualTo(posts.get(0).getHeader("Idempotency-Key"));
    }

    @Test
    void aMessageSentOutsideAnIncidentCarriesNeitherKeyNorHead() throws Exception {
        notify.execute(TestResources.toChannel(channel, "hello", Duration.ofMinutes(1)));

        LoggedRequest posted = LoopbackWireMock.requests(chat, HOOK).get(0);
        assertThat(posted.containsHeader("Idempotency-Key")).isFalse();
        assertThat(JSON.readTree(posted.getBodyAsString()).path("text").asText()).isEqualTo("hello");
    }
}
