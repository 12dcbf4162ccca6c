package dev.warroom.console.soak;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The resident set size the kernel reports for this process (VmRSS in /proc/self/status). */
final class ProcStatus {

    private ProcStatus() {
    }

    static double rssMegabytes() {
        return rssMegabytes(Path.of("/proc/self/status"));
    }

    static double rssMegabytes(Path status) {
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmRSS:")) {
                    String kilobytes = line.substring("VmRSS:".length()).replace("kB", "").strip();
                    return Long.parseLong(kilobytes) / 1024.0;
                }
            }
            throw new IllegalStateException(status + " has no VmRSS line");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
