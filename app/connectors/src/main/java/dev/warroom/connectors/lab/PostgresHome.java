package dev.warroom.connectors.lab;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Where PostgreSQL's binaries and data directories go. Normally the lab's own directory. When the
 * servers run as {@code nobody} (this process is root) and {@code nobody} cannot reach that directory
 * (root's home is mode 700), a private directory under the system's temporary directory instead,
 * owned by {@code nobody} and mode 700. The lab records which one it used.
 */
final class PostgresHome {

    private PostgresHome() {
    }

    static Path choose(Path preferred, ServerAccount account) {
        try {
            Files.createDirectories(preferred);
            if (!account.switchesUser()) {
                return preferred;
            }
            account.own(preferred);
            Files.setPosixFilePermissions(preferred, PosixFilePermissions.fromString("rwx------"));
            if (account.canWriteIn(preferred)) {
                return preferred;
            }
            Files.delete(preferred);
            Path elsewhere = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "warroom-lab-pg-");
            account.own(elsewhere);
            if (!account.canWriteIn(elsewhere)) {
                throw new LabException("PostgreSQL refuses to run as root, and '" + account.name() + "' can reach neither " + preferred
                        + " nor " + elsewhere + "; run the lab as an ordinary user");
            }
            return elsewhere;
        } catch (IOException e) {
            throw new LabException("could not prepare a directory for PostgreSQL at " + preferred + ": " + e.getMessage(), e);
        }
    }
}
