package dev.warroom.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Whether a process the lab started still runs, as a user's `ps` would say. */
final class Pids {

    private Pids() {
    }

    /** A zombie waiting for an init that does not reap (as in some containers) does not run. */
    static boolean running(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            return stat.charAt(stat.lastIndexOf(')') + 2) != 'Z';
        } catch (IOException e) {
            return false;
        }
    }
}
