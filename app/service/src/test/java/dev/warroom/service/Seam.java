package dev.warroom.service;

import dev.warroom.core.incident.Mode;
import dev.warroom.service.table.RequestTable;
import java.nio.file.Path;
import java.util.Optional;

/** Opens incidents on the service for the seam tests. */
final class Seam {

    private Seam() {
    }

    static IncidentHandle tabletop(Path journal) throws Exception {
        IncidentService service = new IncidentService();
        return service.open(service.prepareOpen(OpenRequest.of(RequestTable.plan(), Mode.TABLETOP, Optional.of("region-failure"), journal,
                "alice", ClockChoice.virtualTime()).withSeed(42)));
    }
}
