package dev.warroom.console.opening;

import dev.warroom.core.incident.Mode;
import dev.warroom.service.IncidentHandle;
import dev.warroom.service.IncidentService;
import dev.warroom.service.OpenRequest;
import dev.warroom.service.RequestRefusedException;
import java.io.IOException;

/**
 * How the console opens a new incident for a war room, from the command line and from the start screen alike: a
 * TABLETOP opens before its plan's checks run, with every action held until they pass (the room runs them once it is
 * on screen), unless the service already checked these very bytes (the start screen's list), and its simulated board
 * is read once; a DRILL is checked before it opens. LIVE needs the commander's typed
 * word, which is the start screen's. Blocking: call it off the FX thread.
 */
public final class RoomOpening {

    private RoomOpening() {
    }

    public static IncidentHandle open(IncidentService service, OpenRequest request) throws RequestRefusedException, IOException {
        IncidentHandle handle = service.openBeforeChecking(request);
        if (handle.mode() == Mode.TABLETOP) {
            // the simulated world answers at once: read it here, so the room's first frame already shows real readings
            handle.runtime().board().refresh();
        }
        return handle;
    }
}
