package dev.warroom.core.incident;

import java.util.Set;

/**
 * Splits steps into recovery (changes to the world) and verification (checks and messages), as the
 * seeds define RTO = detection + decision + recovery + verification.
 */
public final class RecoveryPhases {

    private static final Set<String> NOT_RECOVERY = Set.of("http.check", "sql.check", "notify.chat", "wait", "k8s.use-context");
    private static final Set<String> PROMOTIONS = Set.of("database.promote");

    private RecoveryPhases() {
    }

    /** Whether a successful step of this action kind marks recovery progress. */
    public static boolean changesTheWorld(String actionKind) {
        return !actionKind.isEmpty() && !NOT_RECOVERY.contains(actionKind);
    }

    /** Whether the replica lag at the start of this action is the data at risk (RPO). */
    public static boolean measuresRpo(String actionKind) {
        return PROMOTIONS.contains(actionKind);
    }
}
