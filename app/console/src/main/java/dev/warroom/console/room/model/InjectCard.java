package dev.warroom.console.room.model;

import dev.warroom.core.drill.DrillState;
import dev.warroom.core.drill.InjectState;
import dev.warroom.core.incident.IncidentState;
import dev.warroom.core.text.SafeText;
import dev.warroom.core.text.TextLanguage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A fired message inject as the participants' room shows it until the team acknowledges it: the message
 * and when it fired, nothing else. What the facilitator expects the team to do, their note, the world change
 * and every inject that has not fired stay in the facilitator's window; this is the one way an inject reaches the room.
 *
 * @param sinceStart how long after the drill started it fired
 */
public record InjectCard(String injectId, String message, String messageEn, Duration sinceStart) {

    /** The fired message injects the team has not acknowledged yet, in the order they fired. */
    public static List<InjectCard> awaiting(IncidentState state) {
        return state.drill().map(drill -> drill.injects().stream().filter(InjectState::awaitsAcknowledgement)
                .sorted(java.util.Comparator.comparing(i -> i.firedAt().orElse(Instant.MAX)))
                .map(i -> of(drill, i)).toList()).orElse(List.of());
    }

    private static InjectCard of(DrillState drill, InjectState inject) {
        Duration since = inject.firedAt().map(at -> Duration.between(drill.startedAt(), at)).orElse(Duration.ZERO);
        return new InjectCard(inject.id(), inject.inject().message(), inject.inject().messageEn(),
                since.isNegative() ? Duration.ZERO : since);
    }

    /** The message in the plan's own language, or its English text when the room speaks English and the plan gives one. */
    public String text(TextLanguage language) {
        return SafeText.forDisplay(language.pick(message, messageEn));
    }

    /** T+mm:ss since the drill started (minutes go past 59 rather than into hours, as a facilitator reads a drill's clock). */
    public String time() {
        long seconds = sinceStart.getSeconds();
        return String.format(java.util.Locale.ROOT, "T+%02d:%02d", seconds / 60, seconds % 60);
    }
}
