package dev.warroom.console;

import dev.warroom.console.opening.RoomOpening;
import dev.warroom.console.options.ConsoleOptions;
import dev.warroom.service.ClockChoice;
import dev.warroom.service.IncidentHandle;
import dev.warroom.service.IncidentService;
import dev.warroom.service.OpenRequest;
import dev.warroom.service.RequestRefusedException;
import java.io.IOException;

/**
 * The incident the console opens from its command line (--plan, --mode, --scenario, --drill, --journal), through
 * the incident service: a TABLETOP, or a DRILL on the connectors (LIVE is never taken from the command
 * line), as {@link RoomOpening} opens every room: a TABLETOP before its plan's checks run, a DRILL checked first.
 * Blocking: call it off the FX thread.
 */
public final class CommandLineOpening {

    private CommandLineOpening() {
    }

    public static IncidentHandle open(ConsoleOptions options, IncidentService service) throws RequestRefusedException, IOException {
        OpenRequest request = OpenRequest.of(options.plan(), options.mode(), options.scenario(),
                options.journalFor(options.plan().getFileName().toString().replaceFirst("\\.ya?ml$", "")), options.actor(),
                clock(options));
        if (options.drill().isPresent()) {
            request = request.withDrill(options.drill().get());
        }
        return RoomOpening.open(service, request);
    }

    private static ClockChoice clock(ConsoleOptions options) {
        return new ClockChoice(options.virtualClock(), options.speed());
    }
}
