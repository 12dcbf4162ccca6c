package dev.warroom.connectors.azure;

import dev.warroom.connectors.ConnectorSettings;
import dev.warroom.connectors.EndpointWords;
import java.util.Optional;

/** Who DefaultAzureCredential will sign in as, said without signing in (no network, no secrets). */
final class AzureIdentityWords {

    private AzureIdentityWords() {
    }

    static String of(ConnectorSettings settings, Optional<AzureCliProfile.Account> cliAccount) {
        String who;
        Optional<String> clientId = settings.get("AZURE_CLIENT_ID");
        boolean servicePrincipal = clientId.isPresent() && (settings.get("AZURE_CLIENT_SECRET").isPresent()
                || settings.get("AZURE_CLIENT_CERTIFICATE_PATH").isPresent() || settings.get("AZURE_FEDERATED_TOKEN_FILE").isPresent());
        if (servicePrincipal) {
            who = "service principal " + clientId.get() + " (from AZURE_CLIENT_ID)";
        } else if (cliAccount.isPresent() && !cliAccount.get().user().isBlank()) {
            who = "az login: " + cliAccount.get().user();
        } else {
            who = "DefaultAzureCredential (no az login found; managed identity and developer tools will be tried)";
        }
        Optional<String> subscription = settings.get(AzureOptions.SUBSCRIPTION_SETTING).map(id -> id + " (from AZURE_SUBSCRIPTION_ID)")
                .or(() -> cliAccount.filter(a -> !a.subscriptionId().isBlank())
                        .map(a -> (a.subscriptionName().isBlank() ? a.subscriptionId() : a.subscriptionName() + " " + a.subscriptionId())
                                + " (az account default)"));
        String endpoint = settings.get(AzureOptions.ENDPOINT_SETTING).map(e -> " at " + EndpointWords.of(e)).orElse("");
        return who + subscription.map(s -> ", subscription " + s).orElse(", no default subscription") + endpoint;
    }
}
