package dev.warroom.connectors.azure;

import com.azure.core.credential.TokenCredential;
import com.azure.core.http.HttpClient;
import com.azure.core.http.jdk.httpclient.JdkHttpClientBuilder;
import com.azure.core.management.AzureEnvironment;
import com.azure.identity.DefaultAzureCredentialBuilder;
import dev.warroom.connectors.ConnectorSettings;
import dev.warroom.core.time.DurationText;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * How the Azure connector reaches Azure Resource Manager: which cloud (or local stand-in), which
 * credential, which HTTP client with which per-call timeout, and the subscription used when a plan
 * names none.
 *
 * @param endpoint the Resource Manager endpoint, e.g. {@code https://management.azure.com/}
 * @param credentialWords who the credential signs in as, in words, for {@code identity()}
 * @param pollInterval how often a long-running operation is polled when Azure suggests no interval
 */
public record AzureOptions(
        String endpoint,
        TokenCredential credential,
        String credentialWords,
        HttpClient httpClient,
        Optional<String> defaultSubscription,
        Duration pollInterval) {

    /** Setting naming the Resource Manager endpoint; tests and the local lab point it at a stand-in. */
    public static final String ENDPOINT_SETTING = "WARROOM_AZURE_ENDPOINT";
    /** Setting for each call's network timeout, written like plan durations ({@code 15s}). */
    public static final String TIMEOUT_SETTING = "WARROOM_AZURE_TIMEOUT";
    public static final String SUBSCRIPTION_SETTING = "AZURE_SUBSCRIPTION_ID";

    static final Duration DEFAULT_CALL_TIMEOUT = Duration.ofSeconds(15);
    static final Duration DEFAULT_POLL_INTERVAL = Duration.ofSeconds(5);

    /** The production set-up: DefaultAzureCredential (environment, managed identity, az login ...) on the JDK HTTP client. */
    public static AzureOptions fromSettings(ConnectorSettings settings) {
        Duration timeout = settings.get(TIMEOUT_SETTING).flatMap(DurationText::parse).orElse(DEFAULT_CALL_TIMEOUT);
        String endpoint = settings.get(ENDPOINT_SETTING).orElse(AzureEnvironment.AZURE.getResourceManagerEndpoint());
        Optional<AzureCliProfile.Account> cliAccount = AzureCliProfile.defaultAccount(settings);
        Optional<String> subscription = settings.get(SUBSCRIPTION_SETTING).or(() -> cliAccount.map(AzureCliProfile.Account::subscriptionId));
        return new AzureOptions(endpoint, new DefaultAzureCredentialBuilder().build(), AzureIdentityWords.of(settings, cliAccount),
                httpClient(java.net.http.HttpClient.newBuilder(), timeout), subscription,
                DEFAULT_POLL_INTERVAL);
    }

    /** An Azure HTTP client over the JDK's, each call bounded by {@code callTimeout}. */
    public static HttpClient httpClient(java.net.http.HttpClient.Builder jdkClient, Duration callTimeout) {
        Duration connect = callTimeout.compareTo(Duration.ofSeconds(5)) < 0 ? callTimeout : Duration.ofSeconds(5);
        return new JdkHttpClientBuilder(jdkClient)
                .connectionTimeout(connect)
                .responseTimeout(callTimeout)
                .readTimeout(callTimeout)
                .writeTimeout(callTimeout)
                .build();
    }

    /** Public Azure, or the same cloud with Resource Manager answered at {@code endpoint}. */
    AzureEnvironment environment() {
        if (normal(endpoint).equals(normal(AzureEnvironment.AZURE.getResourceManagerEndpoint()))) {
            return AzureEnvironment.AZURE;
        }
        Map<String, String> endpoints = new HashMap<>(AzureEnvironment.AZURE.getEndpoints());
        endpoints.put("resourceManagerEndpointUrl", normal(endpoint) + "/");
        return new AzureEnvironment(endpoints);
    }

    static String normal(String url) {
        String u = url.strip();
        while (u.endsWith("/")) {
            u = u.substring(0, u.length() - 1);
        }
        return u;
    }
}
