package dev.warroom.connectors.azure;

import com.azure.json.JsonProviders;
import com.azure.json.JsonSerializable;
import com.azure.json.JsonWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/** The pieces of a preview: the REST call as the SDK will send it, and the az CLI command that does the same. */
public final class AzureCalls {

    private AzureCalls() {
    }

    /** {@code PATCH https://management.azure.com/subscriptions/...?api-version=V} and the JSON body on the next line. */
    public static String rest(String method, AzureAccess access, String path, String apiVersion, String body) {
        return method + " " + access.endpoint() + path + "?api-version=" + apiVersion + (body == null ? "" : "\n" + body);
    }

    /** The body exactly as the SDK serialises it. */
    public static String json(JsonSerializable<?> body) {
        StringWriter out = new StringWriter();
        try (JsonWriter writer = JsonProviders.createWriter(out)) {
            body.toJson(writer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** {@code " --flag value"} with the value quoted for a POSIX shell when it needs it. */
    public static String flag(String flag, String value) {
        return " " + flag + " " + quoted(value);
    }

    public static String quoted(String value) {
        return value.matches("[A-Za-z0-9_./:@=,+-]+") ? value : "'" + value.replace("'", "'\\''") + "'";
    }

    /** {@code --resource-group G [--subscription S]}: the subscription only when the plan names one. */
    public static String scope(AzureAddress address) {
        return flag("--resource-group", address.resourceGroup())
                + address.observed("subscription").map(s -> flag("--subscription", s)).orElse("");
    }
}
