package dev.warroom.connectors;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where connectors find their settings: environment variables, overridden by Java system properties
 * of the same name (tests point the SDKs at local stand-ins this way). Names in use:
 * {@code WARROOM_AZURE_ENDPOINT}, {@code WARROOM_AWS_ENDPOINT}, {@code KUBECONFIG}, and the
 * {@code *Env} variables plans name for passwords and webhooks. Immutable.
 */
public final class ConnectorSettings {

    private final Map<String, String> values;

    private ConnectorSettings(Map<String, String> values) {
        this.values = Map.copyOf(values);
    }

    /** The process environment plus system properties. */
    public static ConnectorSettings fromEnvironment() {
        Map<String, String> all = new HashMap<>(System.getenv());
        System.getProperties().forEach((k, v) -> all.put(String.valueOf(k), String.valueOf(v)));
        return new ConnectorSettings(all);
    }

    public static ConnectorSettings of(Map<String, String> values) {
        return new ConnectorSettings(values);
    }

    public Optional<String> get(String name) {
        return Optional.ofNullable(values.get(name)).filter(v -> !v.isBlank());
    }

    public ConnectorSettings with(String name, String value) {
        Map<String, String> copy = new HashMap<>(values);
        copy.put(name, value);
        return new ConnectorSettings(copy);
    }
}
