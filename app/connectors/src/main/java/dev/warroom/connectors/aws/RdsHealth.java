package dev.warroom.connectors.aws;

import dev.warroom.core.world.Health;
import java.util.Set;

/** What an RDS instance status means for the people who use it. */
final class RdsHealth {

    /** Serving normally, possibly while AWS works on it in the background. */
    private static final Set<String> SERVING = Set.of("available", "backing-up", "modifying", "storage-optimization",
            "storage-initialization", "configuring-enhanced-monitoring", "configuring-iam-database-auth",
            "configuring-log-exports", "converting-to-vpc");
    /** Not serving at all. */
    private static final Set<String> DOWN = Set.of("failed", "inaccessible-encryption-credentials",
            "inaccessible-encryption-credentials-recoverable", "incompatible-network", "incompatible-option-group",
            "incompatible-parameters", "incompatible-restore", "insufficient-capacity", "restore-error", "stopped",
            "stopping", "deleting", "storage-full");

    private RdsHealth() {
    }

    /** Serving → UP; failed, stopped or full → DOWN; anything passing (rebooting, upgrading, starting …) → DEGRADED. */
    static Health of(String status) {
        String s = AwsWords.lower(status);
        if (SERVING.contains(s)) {
            return Health.UP;
        }
        return DOWN.contains(s) ? Health.DOWN : Health.DEGRADED;
    }
}
