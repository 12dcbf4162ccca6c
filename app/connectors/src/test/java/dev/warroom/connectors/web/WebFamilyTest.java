package dev.warroom.connectors.web;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.warroom.connectors.ConnectorSettings;
import dev.warroom.connectors.world.ConnectorWorld;
import dev.warroom.connectors.world.Connectors;
import dev.warroom.connectors.web.chat.ChatOutboxes;
import dev.warroom.core.incident.ActionDispatcher;
import dev.warroom.core.incident.Mode;
import dev.warroom.core.incident.ReachRefusedException;
import dev.warroom.core.plan.model.ChannelType;
import dev.warroom.core.world.Observation;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The web family as the rest of WarRoom finds it: through the ServiceLoader, behind the mode gate. */
class WebFamilyTest {

    @Test
    void theStandardWorldFindsTheWebFamilyWithItsProbesAndActions() throws Exception {
        WireMockServer server = LoopbackWireMock.start();
        server.stubFor(any(urlPathEqualTo("/health")).willReturn(aResponse().withStatus(200)));
        try (ConnectorWorld world = Connectors.standard(ConnectorSettings.of(Map.of(WebSettings.OUTBOX, "family-test")))) {
            Observation seen = world.probeFor("http-health").orElseThrow()
                    .observe(TestResources.resource("api", "http-health", Map.of("url", LoopbackWireMock.url(server, "/health"))));

            assertThat(world.name()).contains("web");
            assertThat(world.identities()).containsKey("web");
            assertThat(world.probeFor("dns-record")).isPresent();
            assertThat(seen.attributes()).containsEntry("status", "200");
            for (String kind : new String[] {"http.check", "http.call", "notify.chat", "shell.run", "wait"}) {
                assertThat(world.executorFor(kind)).as(kind).isPresent();
            }
            assertThat(ChatOutboxes.find("family-test")).isPresent();
        } finally {
            server.stop();
        }
        assertThat(ChatOutboxes.find("family-test")).as("closing the world forgets its outbox").isEmpty();
    }

    @Test
    void aDrillRefusesAChatMessageToARealSlackWorkspaceBeforeAnythingIsSent() throws Exception {
        ConnectorSettings settings = ConnectorSettings.of(Map.of(WebSettings.OUTBOX, "drill-test",
                "WARROOM_SLACK_WEBHOOK", "https://hooks.slack.com/services/T0/B0/SECRET"));
        try (ConnectorWorld world = Connectors.standard(settings)) {
            ActionDispatcher drill = new ActionDispatcher(Mode.DRILL, world, false);

            assertThatThrownBy(() -> drill.dispatch(TestResources.toChannel(
                    TestResources.channel("incident", ChannelType.SLACK, "WARROOM_SLACK_WEBHOOK"), "failover", Duration.ofMinutes(1))))
                    .isInstanceOf(ReachRefusedException.class)
                    .hasMessage("DRILL incident refused notify.chat on incident: it would reach a live system, which DRILL never touches");
            assertThat(ChatOutboxes.find("drill-test").orElseThrow().pending()).isEmpty();
        }
    }

    @Test
    void aSettingThatCannotBeUsedIsNamed() {
        assertThatThrownBy(() -> WebSettings.from(ConnectorSettings.of(Map.of(WebSettings.TIMEOUT, "5"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("WARROOM_WEB_TIMEOUT: duration '5' has no unit");
        assertThatThrownBy(() -> WebSettings.from(ConnectorSettings.of(Map.of(WebSettings.RETRY_TRIES, "many"))))
                .hasMessage("WARROOM_CHAT_RETRY_TRIES must be a whole number from 1 to 999, not 'many'");
    }
}
