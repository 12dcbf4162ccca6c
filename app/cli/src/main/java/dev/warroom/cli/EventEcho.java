package dev.warroom.cli;

import dev.warroom.core.incident.EventTypes;
import dev.warroom.core.incident.IncidentEvent;
import dev.warroom.core.incident.Progress;
import dev.warroom.core.plan.model.Plan;
import dev.warroom.core.report.TimelineWords;
import dev.warroom.core.text.TextLanguage;
import dev.warroom.core.time.DurationText;
import dev.warroom.core.time.IncidentClock;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;

/** Prints the timeline as it is recorded (on the incident's delivery thread for this observer), and what a running step is waiting for. */
final class EventEcho implements Consumer<IncidentEvent>, Progress {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC);
    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(30);

    private final TimelineWords words;
    private final PrintWriter out;
    private final IncidentClock clock;
    private final Instant impact;
    private Instant lastProgress = Instant.MIN;
    private String lastStep = "";
    private Runnable beforeProgress = () -> { };
    private final DrillEcho drill;
    private final ReassessEcho reassess;

    EventEcho(Plan plan, TextLanguage language, PrintWriter out, IncidentClock clock, Instant impact, DrillEcho drill) {
        this.words = new TimelineWords(plan, language);
        this.reassess = new ReassessEcho(plan);
        this.drill = drill;
        this.out = SafeTerminalWriter.redacting(out);
        this.clock = clock;
        this.impact = impact;
    }

    /** Progress lines wait for {@code awaitEvents} first, so they come after the events recorded before them. */
    void printAfter(Runnable awaitEvents) {
        this.beforeProgress = awaitEvents;
    }

    @Override
    public void accept(IncidentEvent e) {
        if (EventTypes.STEP_PROPOSED.equals(e.type())) {
            return;
        }
        if (DrillEcho.isDrillEvent(e.type())) {
            drill.lines(e).forEach(out::println);
            out.flush();
            return;
        }
        words.describe(e).ifPresent(w -> {
            out.printf("[%s T+%s] %s%s%n", CLOCK.format(e.time()), DurationText.human(Duration.between(impact, e.time()).abs()),
                    w.event(), w.outcome().isEmpty() ? "" : " — " + w.outcome());
            reassess.after(e).ifPresent(out::println);
            out.flush();
        });
    }

    @Override
    public void waiting(String stepId, String words) {
        beforeProgress.run();
        Instant now = clock.now();
        if (!stepId.equals(lastStep) || Duration.between(lastProgress, now).compareTo(PROGRESS_EVERY) >= 0) {
            lastStep = stepId;
            lastProgress = now;
            out.println("    … " + words);
            out.flush();
        }
    }
}
