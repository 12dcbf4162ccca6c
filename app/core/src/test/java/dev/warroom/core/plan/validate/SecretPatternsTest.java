package dev.warroom.core.plan.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SecretPatternsTest {

    @ParameterizedTest
    @ValueSource(strings = {"password", "dbPassword", "PASSWD", "pwd", "client_secret", "apiKey", "api_key", "api-key", "token",
        "accessKey", "privateKey", "connectionString", "credentials", "webhookUrl"})
    void keysThatNameASecretAreRecognised(String key) {
        assertThat(SecretPatterns.namesSecret(key)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"passwordEnv", "webhookEnv", "headerEnv", "TOKEN_ENV", "host", "resourceGroup", "user", "database"})
    void keysNamingAnEnvironmentVariableOrNothingSecretAreFine(String key) {
        assertThat(SecretPatterns.namesSecret(key)).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "postgres://app:s3cr3t@db.internal:5432/app | a URL with a password",
        "curl https://hooks.slack.com/services/T0ABCDEF1/B0ABCDEF2/abcdefghijklmnopqrstuvwx | a Slack webhook URL",
        "Host=db;Database=app;Password=hunter2;SslMode=Require | a value for 'Password'",
        "PGPASSWORD=hunter2 psql -h db | a value for 'PGPASSWORD'",
        "curl -H 'Authorization: Bearer 9f8e7d6c5b4a39281706f5e4d3c2b1a0' https://api | a bearer token",
        "export AWS_ACCESS_KEY_ID=AKIAQ3EGUJ4RS6VXYB7Z | an AWS access key id",
        "https://api.example.net/v1/items?token=d41d8cd98f00b204 | a value for 'token'",
        "8fK2mQ9xR4tW7zB1nC5vL3pD6hJ0sG2y | a long random token",
        "-----BEGIN RSA PRIVATE KEY----- | a private key"})
    void literalSecretsAreFoundAndNamed(String text, String looksLike) {
        assertThat(SecretPatterns.findIn(text)).contains(looksLike);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "curl -X POST https://hooks.slack.com/services/YOUR/SLACK/WEBHOOK -d '{\"text\":\"DR\"}'",
        "curl -H \"Authorization: Bearer ${CF_TOKEN}\" https://api.cloudflare.com/client/v4/zones/${ZONE_ID}/purge_cache",
        "curl -H \"Authorization: Bearer $CF_TOKEN\" https://api.cloudflare.com",
        "psql postgres://app:${PGPASSWORD}@db.internal/app",
        "Password=xxx;Host=db",
        "https://hooks.slack.com/services/T000/B000/XXXXXXXXXXXXXXXXXXXXXXXX",
        "AKIAIOSFODNN7EXAMPLE",
        "az postgres flexible-server replica promote --resource-group ai-workflow-dr-rg --name ai-workflow-db-westeurope",
        "arn:aws:route53-recovery-control::123456789012:controlpanel/abcdef0123456789abcdef0123456789/routingcontrol/0123456789abcdef",
        "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/dr-rg/providers/Microsoft.DBforPostgreSQL/flexibleServers/db",
        "kubectl scale deployment api-gateway --replicas=3 -n ai-workflow-prod",
        "主資料庫每 90 天輪替密碼"})
    void placeholdersAndOrdinaryTextAreNotSecrets(String text) {
        assertThat(SecretPatterns.findIn(text)).isEmpty();
    }

    @Test
    void aHugeValueBuiltToMakeTheScanQuadraticIsScannedAndFoundClean() {
        String hostile = "a".repeat(1_000_000) + "://" + "b".repeat(1_000_000) + " password".repeat(100_000)
                + "bearer ".repeat(100_000);
        var found = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> SecretPatterns.findIn(hostile));
        assertThat(found).isEmpty();
    }
}
