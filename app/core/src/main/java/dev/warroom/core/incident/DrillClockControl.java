package dev.warroom.core.incident;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.warroom.core.drill.DrillState;
import dev.warroom.core.time.AcceleratedClock;
import dev.warroom.core.time.DurationText;
import dev.warroom.core.time.IncidentClock;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The drill clock in the facilitator's hand. In TABLETOP it is the incident's own accelerated clock: a
 * pause stops incident time (the RTO clock, timers, scheduled injects and the simulated world all read
 * it), and the speed changes how fast it runs. The virtual clock of an automatic run cannot be paused or
 * sped up. In DRILL time is real: a pause holds the inject schedule only, and the speed cannot change.
 * Each change is journalled ({@code clock.paused {realAt}}, {@code clock.resumed {heldFor}},
 * {@code clock.speed-changed {speed}}); {@code heldFor} is real time.
 */
public final class DrillClockControl {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final Incident incident;
    private final DrillDesk desk;
    private final Clock wall;

    DrillClockControl(Incident incident, DrillDesk desk, Clock wall) {
        this.incident = incident;
        this.desk = desk;
        this.wall = wall;
    }

    public void pause(String actor) throws IOException {
        incident.onWriter(() -> {
            DrillState drill = desk.runningDrill("pause the clock");
            if (drill.clock().paused()) {
                throw new IncidentStateException("the drill clock is already paused");
            }
            if (incident.mode() == Mode.TABLETOP) {
                accelerated("paused").pause();
            }
            incident.record(EventTypes.CLOCK_PAUSED, actor, JSON.objectNode().put("realAt", wall.instant().toString()));
        });
    }

    public void resume(String actor) throws IOException {
        incident.onWriter(() -> {
            DrillState drill = desk.runningDrill("resume the clock");
            if (!drill.clock().paused()) {
                throw new IncidentStateException("the drill clock is not paused");
            }
            Duration heldFor;
            if (incident.mode() == Mode.TABLETOP) {
                accelerated("resumed").resume();
                heldFor = Duration.between(pausedRealAt(drill), wall.instant());
            } else {
                heldFor = Duration.between(drill.clock().pausedAt().orElse(incident.clock().now()), incident.clock().now());
            }
            incident.record(EventTypes.CLOCK_RESUMED, actor, JSON.objectNode()
                    .put("heldFor", DurationText.format(heldFor.isNegative() ? Duration.ZERO : heldFor)));
            java.util.Optional<DrillConductor> conductor = incident.drillConductor();
            if (conductor.isPresent()) {
                conductor.get().checkDue();
            }
        });
    }

    /** TABLETOP only: incident seconds per real second. */
    public void setSpeed(double speed, String actor) throws IOException {
        incident.onWriter(() -> {
            desk.runningDrill("change the clock's speed");
            if (incident.mode() != Mode.TABLETOP) {
                throw new IncidentStateException("in " + incident.mode().name() + " time is real: its speed cannot change");
            }
            if (!(speed > 0) || Double.isInfinite(speed)) {
                throw new IncidentStateException("a speed is a positive number of incident seconds per real second (1, 2, 5, 10, 60), not "
                        + speed);
            }
            AcceleratedClock clock = accelerated("sped up or slowed down");
            if (clock.runningSpeed() == speed) {
                throw new IncidentStateException("the clock already runs at " + speedWords(speed));
            }
            clock.setSpeed(speed);
            incident.record(EventTypes.CLOCK_SPEED_CHANGED, actor, JSON.objectNode().put("speed", speed));
        });
    }

    /**
     * A resumed TABLETOP drill's clock comes back as it was left: at the speed last journalled, and still
     * paused if the crash came during a pause (the facilitator resumes it, and the pause's length counts
     * from when it began). Journals nothing.
     */
    void restore() {
        DrillState drill = incident.state().drill().orElse(null);
        if (drill == null || incident.mode() != Mode.TABLETOP || !(incident.clock() instanceof AcceleratedClock clock)
                || incident.state().status().isOver()) {
            return;
        }
        boolean speedJournalled = incident.events().stream().anyMatch(e -> EventTypes.CLOCK_SPEED_CHANGED.equals(e.type()));
        if (speedJournalled && drill.clock().speed() > 0 && clock.runningSpeed() != drill.clock().speed()) {
            clock.setSpeed(drill.clock().speed());
        }
        if (drill.clock().paused()) {
            clock.pause();
        }
    }

    private AcceleratedClock accelerated(String doing) {
        IncidentClock clock = incident.clock();
        if (clock instanceof AcceleratedClock accelerated) {
            return accelerated;
        }
        throw new IncidentStateException("this run's clock is virtual (an automatic run: its time moves with the events): it cannot be "
                + doing);
    }

    private Instant pausedRealAt(DrillState drill) {
        List<IncidentEvent> events = incident.events();
        for (int i = events.size() - 1; i >= 0; i--) {
            IncidentEvent e = events.get(i);
            if (EventTypes.CLOCK_PAUSED.equals(e.type())) {
                try {
                    return Instant.parse(e.text("realAt"));
                } catch (java.time.format.DateTimeParseException notThere) {
                    break;
                }
            }
        }
        return wall.instant();
    }

    private static String speedWords(double speed) {
        return (speed == Math.rint(speed) ? Long.toString((long) speed) : Double.toString(speed)) + "×";
    }
}
