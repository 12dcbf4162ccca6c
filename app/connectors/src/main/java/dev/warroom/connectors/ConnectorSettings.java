package dev.warroom.connectors;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where connectors find their settings: environment variables, overridden by Java system properties
 * of the same name (tests point the SDKs at local stand-ins this way). docs/real-accounts.md lists
 * every name; each family's settings class documents its own. Besides those, the {@code *Env}
 * variables plans name hold passwords, tokens and webhook URLs. Immutable.
 */
public final class ConnectorSettings {

    /** The folder of the plan being run: relative paths in a plan (manifests, scripts) start there. */
    public static final String PLAN_DIR = "WARROOM_PLAN_DIR";

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
