package dev.warroom.core.incident;

import dev.warroom.core.world.Reach;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** How real an incident is. Fixed when it opens and recorded in the journal. */
public enum Mode {
    /** The simulated world only; a facilitator's injects drive it. */
    TABLETOP(Set.of(Reach.SIMULATED)),
    /** Real connectors against a drill environment (e.g. the local lab); never a live system. */
    DRILL(Set.of(Reach.SIMULATED, Reach.DRILL_ENVIRONMENT)),
    /** Real connectors, real consequences. */
    LIVE(Set.of(Reach.SIMULATED, Reach.DRILL_ENVIRONMENT, Reach.LIVE));

    private final Set<Reach> allowed;

    Mode(Set<Reach> allowed) {
        this.allowed = allowed;
    }

    public boolean allows(Reach reach) {
        return allowed.contains(reach);
    }

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Mode> parse(String text) {
        for (Mode mode : values()) {
            if (mode.word().equalsIgnoreCase(text == null ? "" : text.strip())) {
                return Optional.of(mode);
            }
        }
        return Optional.empty();
    }
}
