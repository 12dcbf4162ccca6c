package dev.warroom.connectors.azure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.warroom.connectors.ConnectorSettings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The account {@code az login} left as the default in the Azure CLI's profile
 * ({@code $AZURE_CONFIG_DIR/azureProfile.json}, else {@code ~/.azure/azureProfile.json}). The file
 * holds names and ids only; the tokens live elsewhere and are never read here.
 */
final class AzureCliProfile {

    /** The CLI's default subscription and the user signed in to it. */
    record Account(String subscriptionId, String subscriptionName, String user) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private AzureCliProfile() {
    }

    static Optional<Account> defaultAccount(ConnectorSettings settings) {
        Optional<Path> dir = settings.get("AZURE_CONFIG_DIR").map(Path::of)
                .or(() -> settings.get("user.home").map(home -> Path.of(home, ".azure")));
        return dir.flatMap(AzureCliProfile::read);
    }

    static Optional<Account> read(Path configDir) {
        Path file = configDir.resolve("azureProfile.json");
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            // The CLI writes this file with a byte-order mark.
            String text = Files.readString(file, StandardCharsets.UTF_8).replace("\uFEFF", "");
            for (JsonNode subscription : JSON.readTree(text).path("subscriptions")) {
                if (subscription.path("isDefault").asBoolean(false)) {
                    return Optional.of(new Account(subscription.path("id").asText(""), subscription.path("name").asText(""),
                            subscription.path("user").path("name").asText("")));
                }
            }
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
