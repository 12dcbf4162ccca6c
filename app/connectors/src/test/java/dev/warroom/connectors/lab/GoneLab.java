package dev.warroom.connectors.lab;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

/** A lab's record on disk whose processes have all exited, as after a reboot. */
final class GoneLab {

    private GoneLab() {
    }

    static void record(Path labDir, String password) throws IOException, InterruptedException {
        record(labDir, password, LabPorts.standard());
    }

    static void record(Path labDir, String password, LabPorts ports) throws IOException, InterruptedException {
        Files.createDirectories(labDir);
        Files.writeString(labDir.resolve(LabState.PASSWORD_FILE), password + "\n");
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        Map<LabServer, Long> pids = new EnumMap<>(LabServer.class);
        for (LabServer s : LabServer.values()) {
            pids.put(s, gone.pid());
        }
        new LabState("old-lab", Instant.parse("2026-01-01T00:00:00Z"), ports, labDir.resolve("postgres"), "nobody", pids)
                .save(labDir);
    }
}
