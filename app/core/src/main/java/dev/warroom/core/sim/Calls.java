package dev.warroom.core.sim;

import dev.warroom.core.plan.model.Resource;

/** Pieces of the provider calls a preview shows, built from a resource's observe keys. */
final class Calls {

    private Calls() {
    }

    static String observed(Resource resource, String key, String fallback) {
        String value = resource.observe().get(key);
        return value == null || value.isBlank() ? fallback : value;
    }

    /** {@code " --name value"}, or nothing when the value is unknown. */
    static String flag(String flag, String value) {
        return value == null || value.isBlank() ? "" : " " + flag + " " + quoted(value);
    }

    static String azureScope(Resource resource) {
        return flag("--resource-group", resource.observe().get("resourceGroup")) + flag("--subscription", resource.observe().get("subscription"));
    }

    static String awsScope(Resource resource) {
        return flag("--region", resource.observe().get("region")) + flag("--profile", resource.observe().get("profile"));
    }

    static String kubeScope(Resource resource) {
        return flag("-n", resource.observe().get("namespace")) + flag("--context", resource.observe().get("context"));
    }

    static String quoted(String value) {
        return value.matches("[A-Za-z0-9_./:@=,+-]+") ? value : "'" + value.replace("'", "'\\''") + "'";
    }
}
