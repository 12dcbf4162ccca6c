package dev.warroom.connectors.aws;

import java.util.Optional;

/** The aws CLI command equivalent to an SDK call, for previews a commander can paste into a terminal. */
final class AwsCli {

    private AwsCli() {
    }

    /** {@code " --name value"}, or nothing when the value is unknown. */
    static String flag(String flag, String value) {
        return value == null || value.isBlank() ? "" : " " + flag + " " + quoted(value);
    }

    static String flag(String flag, Optional<String> value) {
        return flag(flag, value.orElse(null));
    }

    static String scope(AwsScope scope) {
        return flag("--region", scope.region().id()) + flag("--profile", scope.profile());
    }

    static String quoted(String value) {
        return value.matches("[A-Za-z0-9_./:@=,+-]+") ? value : "'" + value.replace("'", "'\\''") + "'";
    }
}
