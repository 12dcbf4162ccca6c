package dev.warroom.connectors.lab;

import java.nio.file.Path;
import java.util.List;

/** What `lab status` shows: the lab's directory and one line per process. */
public record LabStatus(Path directory, LabState state, List<Line> lines) {

    /**
     * One process: {@code role} is what it says it is right now (primary, replica, writing …) or why it
     * could not say; {@code detail} is lag, link, timeline or the heartbeat count.
     */
    public record Line(LabServer server, String address, long pid, boolean running, String role, String detail) {
    }

    public LabStatus {
        lines = List.copyOf(lines);
    }

    public Line line(LabServer server) {
        return lines.stream().filter(l -> l.server() == server).findFirst().orElseThrow();
    }
}
