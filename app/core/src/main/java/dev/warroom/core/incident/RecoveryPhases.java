package dev.warroom.core.incident;

import dev.warroom.core.plan.model.StepType;
import java.util.Optional;
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

    /**
     * Whether a successful step marks recovery progress: an action that changes the world, or a step done by hand
     * whose expected outcome a reading of the world showed. A manual step a person only confirmed, or that nobody
     * checked, shows no more than that someone said so, so it does not move the end of recovery.
     */
    public static boolean marksRecovery(StepType type, String actionKind, Optional<Evidence> evidence) {
        if (type == StepType.MANUAL) {
            return evidence.map(Evidence::how).filter(how -> how == Established.VERIFIED).isPresent();
        }
        return changesTheWorld(actionKind);
    }

    /** The action kinds whose start reads the data at risk, as a report names them when none started. */
    public static String promotionKinds() {
        return String.join(", ", PROMOTIONS.stream().sorted().toList());
    }

    /** Whether the replica lag at the start of this action is the data at risk (RPO). */
    public static boolean measuresRpo(String actionKind) {
        return PROMOTIONS.contains(actionKind);
    }
}
