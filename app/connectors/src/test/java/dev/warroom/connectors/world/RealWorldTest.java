package dev.warroom.connectors.world;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warroom.connectors.ConnectorSettings;
import dev.warroom.connectors.EndpointWords;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real world an incident runs on, as the command line and the console both start it. */
class RealWorldTest {

    @TempDir
    Path dir;

    @Test
    void startsEveryFamilyForThePlanAndSaysWhoEachActsAsAlsoAsJournalSettings() throws Exception {
        try (RealWorld real = RealWorld.start(dir.resolve("plan.yaml"), ConnectorSettings.of(Map.of()))) {
            assertThat(real.identities()).containsKeys("aws", "azure", "kubernetes", "web", "postgres", "redis");
            assertThat(real.identitySettings()).containsEntry("identity.web", real.identities().get("web"))
                    .hasSameSizeAs(real.identities());
            assertThat(real.outbox()).as("the web connector's chat outbox, under this world's own name").isPresent();
            assertThat(real.undeliveredMessages()).isZero();
        }
    }

    @Test
    void aSettingAConnectorCannotUseStopsTheStartWithItsNameInWords() {
        assertThatThrownBy(() -> RealWorld.start(dir.resolve("plan.yaml"), ConnectorSettings.of(Map.of("WARROOM_WEB_TIMEOUT", "soon"))))
                .isInstanceOf(RealWorld.NotStartedException.class)
                .hasMessageStartingWith("the connectors cannot start: WARROOM_WEB_TIMEOUT: ");
    }

    @Test
    void identitiesNeverShowCredentialsWrittenIntoAnEndpointSetting() throws Exception {
        ConnectorSettings settings = ConnectorSettings.of(Map.of(
                "WARROOM_AWS_ENDPOINT", "http://AKIAEXAMPLE:aws-s3cr3t@127.0.0.1:4566/?X-Amz-Security-Token=tok3n",
                "WARROOM_AZURE_ENDPOINT", "https://admin:azure-s3cr3t@127.0.0.1:8443/arm?sig=s1gnature",
                "AZURE_CLIENT_ID", "3e4f5a6b-7c8d-4e9f-a0b1-c2d3e4f5a6b7", "AZURE_CLIENT_SECRET", "client-s3cr3t"));
        try (RealWorld real = RealWorld.start(dir.resolve("plan.yaml"), settings)) {
            assertThat(real.identities().get("aws")).contains("http://127.0.0.1:4566/");
            assertThat(real.identities().get("azure")).contains("https://127.0.0.1:8443/arm");
            assertThat(String.join("\n", real.identities().values())).doesNotContain("s3cr3t", "AKIAEXAMPLE", "tok3n", "s1gnature",
                    "admin");
        }
    }

    @Test
    void anEndpointThatIsNotAUrlIsShownWithoutWhatCouldBeACredential() {
        assertThat(EndpointWords.of("localhost:4566")).isEqualTo("localhost:4566");
        assertThat(EndpointWords.of("user:pa55@localhost:4566")).isEqualTo("localhost:4566");
        assertThat(EndpointWords.of("http://u:p@[::1]:80/x?token=t")).isEqualTo("http://[::1]:80/x");
    }
}
