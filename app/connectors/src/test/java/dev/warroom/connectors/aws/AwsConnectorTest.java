package dev.warroom.connectors.aws;

import static dev.warroom.connectors.aws.AwsStandIn.query;
import static dev.warroom.connectors.aws.AwsStandIn.xml;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.warroom.connectors.ConnectorSettings;
import dev.warroom.connectors.world.ConnectorWorld;
import dev.warroom.connectors.world.Connectors;
import dev.warroom.core.plan.model.Resource;
import dev.warroom.core.world.ProbeException;
import dev.warroom.core.world.ProbeFailure;
import dev.warroom.core.world.Reach;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AwsConnectorTest {

    private static final String NOWHERE = "http://aws.invalid";

    @TempDir
    Path home;

    private final Resource replica = AwsStandIn.resource("rds-dr", "aws-rds", Map.of("region", "us-west-2", "instance", "chatops-dr-replica"));

    @Test
    void theStandardWorldFindsTheAwsFamilyAndRoutesItsActionsByTargetKind() {
        try (ConnectorWorld world = Connectors.standard(ConnectorSettings.of(Map.of(AwsSettings.ENDPOINT, "http://127.0.0.1:4566")))) {
            assertThat(world.name()).contains("aws");
            assertThat(world.identities()).containsEntry("aws", "AWS stand-in at http://127.0.0.1:4566 (static drill credentials)");
            for (String kind : new String[] {"aws-rds", "aws-elasticache", "eks-cluster", "route53-record", "route53-health-check",
                "route53-arc-control", "aws-health"}) {
                assertThat(world.probeFor(kind)).as(kind).isPresent();
            }
            var promote = world.executorFor("database.promote").orElseThrow();
            var request = AwsStandIn.request("database.promote", replica, Map.of(), Duration.ofMinutes(10));
            assertThat(promote.reach(request)).isEqualTo(Reach.DRILL_ENVIRONMENT);
            assertThat(promote.preview(request).call()).startsWith("rds:PromoteReadReplica DBInstanceIdentifier=chatops-dr-replica");
        }
    }

    @Test
    void aProfileTheMachineDoesNotHaveIsAnAuthFailureThatSaysHowToSignIn() throws Exception {
        try (AwsConnector connector = connector(NOWHERE)) {
            Resource withProfile = AwsStandIn.resource("rds-dr", "aws-rds",
                    Map.of("region", "us-west-2", "instance", "chatops-dr-replica", "profile", "dr-admin"));

            ProbeException e = catchThrowableOfType(ProbeException.class, () -> connector.probes().get("aws-rds").observe(withProfile));

            assertThat(e.failure()).isEqualTo(ProbeFailure.AUTH_FAILED);
            assertThat(e.getMessage()).startsWith("RDS us-west-2: no usable AWS credentials for profile 'dr-admin'")
                    .endsWith("sign in with: aws sso login --profile dr-admin");
            assertThat(connector.identity()).endsWith("profiles in use: dr-admin");
        }
    }

    @Test
    void aProfileFromTheSharedCredentialsFileSignsTheCall() throws Exception {
        Files.writeString(home.resolve("credentials"), "[dr-admin]\naws_access_key_id = AKIAWARROOMTESTONLY\n"
                + "aws_secret_access_key = not-a-real-secret\n");
        try (AwsConnector connector = connector(NOWHERE)) {
            Resource withProfile = AwsStandIn.resource("rds-dr", "aws-rds",
                    Map.of("region", "us-west-2", "instance", "chatops-dr-replica", "profile", "dr-admin"));

            ProbeException e = catchThrowableOfType(ProbeException.class, () -> connector.probes().get("aws-rds").observe(withProfile));

            assertThat(e.failure()).as("signed with the profile, then stopped at the network: " + e.getMessage())
                    .isEqualTo(ProbeFailure.UNREACHABLE);
            assertThat(e.getMessage()).contains("unknown host").doesNotContain("not-a-real-secret").doesNotContain("AKIAWARROOMTESTONLY");
        }
    }

    @Test
    void settingsThatCannotBeReadFallBackToDefaultsAndSaySo() {
        AwsSettings settings = AwsSettings.from(ConnectorSettings.of(Map.of(AwsSettings.TIMEOUT, "10", AwsSettings.ENDPOINT, "localhost:4566")));

        assertThat(settings.callTimeout()).isEqualTo(AwsSettings.DEFAULT_TIMEOUT);
        assertThat(settings.endpoint()).isEmpty();
        assertThat(settings.reach()).isEqualTo(Reach.LIVE);
        try (AwsConnector connector = new AwsConnector(settings, Clock.systemUTC())) {
            assertThat(connector.identity()).contains("WARROOM_AWS_TIMEOUT: duration '10' has no unit")
                    .contains("WARROOM_AWS_ENDPOINT 'localhost:4566' is not an http(s) URL");
        }
    }

    @Test
    void aStandInOnLoopbackNeedsNoAwsAccount() throws Exception {
        try (AwsStandIn aws = new AwsStandIn(); AwsConnector connector = aws.connector(Map.of("AWS_PROFILE", "nobody-has-this"))) {
            aws.server.stubFor(query("DescribeDBInstances").willReturn(xml(200, RdsBodies.primary("chatops-dr-replica", "available"))));

            assertThat(connector.probes().get("aws-rds").observe(replica).attribute("state")).contains("available");
            assertThat(aws.server.getAllServeEvents().get(0).getRequest().getHeader("Authorization"))
                    .contains("Credential=warroom-drill/");
        }
    }

    private AwsConnector connector(String endpoint) throws IOException {
        Path config = Files.writeString(home.resolve("config"), "[profile other]\nregion = eu-west-1\n");
        Map<String, String> values = Map.of(AwsSettings.ENDPOINT, endpoint, AwsSettings.TIMEOUT, "5s",
                "AWS_CONFIG_FILE", config.toString(), "AWS_SHARED_CREDENTIALS_FILE", home.resolve("credentials").toString());
        return new AwsConnector(AwsSettings.from(ConnectorSettings.of(values)), Clock.systemUTC());
    }
}
