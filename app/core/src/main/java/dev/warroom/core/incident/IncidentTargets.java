package dev.warroom.core.incident;

import java.time.Duration;
import java.util.Optional;

/**
 * The recovery objectives this incident is held to, as {@code incident.opened} recorded them: the plan's
 * overall targets, or those of the severity level chosen when it opened ({@code severity}, its id).
 * A drill's own bounds, where it sets them, are judged apart (see core.drill).
 */
public record IncidentTargets(Duration rto, Duration rpo, Optional<String> severity) {
}
