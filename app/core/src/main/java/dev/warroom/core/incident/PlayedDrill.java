package dev.warroom.core.incident;

import dev.warroom.core.plan.model.Drill;
import dev.warroom.core.world.FaultInjector;
import java.util.Optional;

/**
 * The plan's drill an incident plays, and how its injects change the world: the world's own injector
 * (the simulated world's in TABLETOP, the real world's in DRILL; none in LIVE, where a drill is refused).
 */
public record PlayedDrill(Drill drill, Optional<FaultInjector> injector) {
}
