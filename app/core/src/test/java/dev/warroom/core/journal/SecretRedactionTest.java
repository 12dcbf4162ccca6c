package dev.warroom.core.journal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Secrets never reach the journal file; things that only look like secrets do. (All values here are fake.) */
class SecretRedactionTest {

    @TempDir
    Path dir;

    /** Appends {@code data} to a new journal and returns the file's text. */
    private String journalled(ObjectNode data) throws Exception {
        Path file = dir.resolve("incident.jsonl");
        try (Journal journal = Journal.create(file, new SteppingClock())) {
            journal.append("step.verified", "commander", data);
        }
        return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    }

    static Stream<Arguments> secretFields() {
        return Stream.of(
                Arguments.of("password", "Hunt3r2-pw"),
                Arguments.of("dbPassword", "Hunt3r2-db"),
                Arguments.of("PGPASSWORD", "Hunt3r2-pg"),
                Arguments.of("passwd", "Hunt3r2-passwd"),
                Arguments.of("pwd", "Hunt3r2-pwd"),
                Arguments.of("clientSecret", "cs-7781-zz"),
                Arguments.of("token", "tok-5521-qq"),
                Arguments.of("apiKey", "ak-0193-ww"),
                Arguments.of("api_key", "ak-0194-ww"),
                Arguments.of("X-API-Key", "ak-0195-ww"),
                Arguments.of("accessKey", "ak-0196-ww"),
                Arguments.of("secretKey", "sk-0197-ww"),
                Arguments.of("privateKey", "pk-0198-ww"),
                Arguments.of("credential", "cred-0199"),
                Arguments.of("connectionString", "opaque-conn-0200"),
                Arguments.of("Authorization", "Basic dXNlcjpwYXNz"),
                Arguments.of("webhookUrl", "https://chat.example/hook/abc-0201"),
                Arguments.of("aws_secret_access_key", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("secretFields")
    void aFieldNamedAsASecretIsRedactedOnDisk(String key, String secret) throws Exception {
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        data.putObject("params").put(key, secret).put("target", "pg-secondary");

        String onDisk = journalled(data);

        assertThat(onDisk).doesNotContain(secret).contains("\"" + key + "\":\"[redacted]\"").contains("pg-secondary");
    }

    static Stream<Arguments> secretsInText() {
        String pem = "-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEAfakefakefake\nQUJDREVGR0g=\n-----END RSA PRIVATE KEY-----";
        return Stream.of(
                Arguments.of("URL with user:password@", "psql postgres://admin:Pa55-url@db.example:5432/orders",
                        "Pa55-url", "postgres://admin:[redacted]@db.example:5432/orders"),
                Arguments.of("connection string Password=", "Server=tcp:sql1,1433;Database=orders;User Id=sa;Password=Pa55-conn!;Encrypt=true",
                        "Pa55-conn!", "Database=orders;User Id=sa;Password=[redacted];Encrypt=true"),
                Arguments.of("connection string pwd=", "host=db1 port=5432 user=ops pwd=Pa55-pwd dbname=orders",
                        "Pa55-pwd", "pwd=[redacted] dbname=orders"),
                Arguments.of("Bearer token", "curl -H 'Authorization: Bearer 9f8e7d6c5b4a39281706' https://api.example/zones",
                        "9f8e7d6c5b4a39281706", "https://api.example/zones"),
                Arguments.of("Slack webhook", "posted to https://hooks.slack.com/services/T0FAKE01/B0FAKE02/fakeFAKEfake0123456789ab ok",
                        "fakeFAKEfake0123456789ab", "https://hooks.slack.com/services/[redacted] ok"),
                Arguments.of("Teams webhook", "posted to https://contoso.webhook.office.com/webhookb2/0000-fake@1111/IncomingWebhook/fa4e0b/2222-fake",
                        "IncomingWebhook/fa4e0b", "https://contoso.webhook.office.com/[redacted]"),
                Arguments.of("AWS access key id", "export AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE", "AKIAIOSFODNN7EXAMPLE", "AWS_ACCESS_KEY_ID=[redacted]"),
                Arguments.of("AWS secret key", "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\nregion = eu-west-1",
                        "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "region = eu-west-1"),
                Arguments.of("JWT", "session eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJvcHMifQ.c2lnbmF0dXJlLWZha2U accepted",
                        "eyJzdWIiOiJvcHMifQ", "session [redacted] accepted"),
                Arguments.of("PEM private key", "key:\n" + pem + "\ndone", "MIIEowIBAAKCAQEAfakefakefake",
                        "-----BEGIN RSA PRIVATE KEY-----[redacted]-----END RSA PRIVATE KEY-----\\ndone"),
                Arguments.of("GitHub token", "git clone https://ghp_FAKEfake0123456789FAKEfake0123456789@github.com/org/dr.git",
                        "ghp_FAKEfake0123456789FAKEfake0123456789", "github.com/org/dr.git"),
                Arguments.of("password flag", "mysql -h db1 --password s3cr3t-flag -e 'select 1'", "s3cr3t-flag", "mysql -h db1 --password [redacted]"),
                Arguments.of("password in JSON output", "{\"user\":\"ops\",\"password\":\"Pa55-json\"}", "Pa55-json", "\\\"password\\\":\\\"[redacted]\\\""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("secretsInText")
    void aSecretInsideTextIsReplacedAndTheRestKept(String family, String text, String secret, String kept) throws Exception {
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        data.put("output", text);

        String onDisk = journalled(data);

        assertThat(onDisk).as(family).doesNotContain(secret).contains(kept);
    }

    @Test
    void thingsThatOnlyLookLikeSecretsSurvive() throws Exception {
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        data.put("passwordEnv", "WARROOM_PG_PASSWORD");
        data.put("webhookEnv", "WARROOM_SLACK_WEBHOOK");
        data.put("secretName", "pg-replication-credentials");
        data.put("tokenType", "Bearer");
        data.put("note", "token bucket refills at 10/s; the password was rotated yesterday; bearer authentication stays on");
        data.put("command", "curl -H \"Authorization: Bearer ${CF_TOKEN}\" https://api.cloudflare.com/client/v4/zones");
        data.put("psql", "PGPASSWORD=$PGPASSWORD psql -h db1");
        data.put("author", "王芳");

        String onDisk = journalled(data);

        assertThat(onDisk).doesNotContain("[redacted]")
                .contains("\"passwordEnv\":\"WARROOM_PG_PASSWORD\"")
                .contains("\"webhookEnv\":\"WARROOM_SLACK_WEBHOOK\"")
                .contains("pg-replication-credentials")
                .contains("token bucket refills at 10/s; the password was rotated yesterday; bearer authentication stays on")
                .contains("Bearer ${CF_TOKEN}")
                .contains("PGPASSWORD=$PGPASSWORD");
    }

    @Test
    void secretsAreFoundAtAnyDepthAndTheirPathsReported() {
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        data.putObject("params").put("password", "Hunt3r2-deep").put("mode", "forced");
        data.putArray("outputs").add("all good").addObject().put("token", "tok-9911-deep");
        data.put("dsn", "postgres://ops:Pa55-dsn@db1/app");
        data.putObject("credentials").put("user", "ops").put("key", "k-0001");

        SecretRedactor.Redaction redaction = SecretRedactor.scan(data);

        assertThat(redaction.redactedPaths())
                .containsExactlyInAnyOrder("/params/password", "/outputs/1/token", "/dsn", "/credentials");
        assertThat(redaction.data().toString()).doesNotContain("Hunt3r2", "tok-9911", "Pa55-dsn", "k-0001").contains("forced", "all good");
        assertThat(data.toString()).contains("Hunt3r2-deep", "tok-9911-deep", "Pa55-dsn", "k-0001");
    }

    @ParameterizedTest
    @ValueSource(strings = {"password", "dbPassword", "PG_PASSWORD", "apiKey", "X-Api-Key", "connectionString",
            "webhookUrl", "Authorization", "sessionToken", "SecretAccessKey", "client_secret", "privateKey"})
    void fieldNamesThatHoldSecrets(String key) {
        assertThat(SecretRedactor.isSecretKey(key)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"passwordEnv", "PASSWORD_ENV", "webhookEnv", "headerEnv", "secretName", "tokenType",
            "author", "key", "primary", "maxTokens", "passwordRotatedAt"})
    void fieldNamesThatDoNot(String key) {
        assertThat(SecretRedactor.isSecretKey(key)).isFalse();
    }
}
