package dev.warroom.connectors.lab;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * `lab down`: stops the writer, then PostgreSQL (pg_ctl, then by pid), then Redis (by pid); checks
 * that no recorded pid and no process running from the lab's binaries is left; keeps the logs and
 * deletes everything else the lab made.
 */
final class LabTeardown {

    private static final List<LabServer> ORDER = List.of(LabServer.WRITER, LabServer.PG_STANDBY, LabServer.PG_PRIMARY,
            LabServer.REDIS_REPLICA, LabServer.REDIS_MASTER);

    private final LabParts lab;

    LabTeardown(LabParts lab) {
        this.lab = lab;
    }

    List<String> run(Consumer<String> progress) {
        List<LabServer> wasRunning = ORDER.stream().filter(lab::running).toList();
        progress.accept("stopping " + (wasRunning.isEmpty() ? "nothing (no process of the lab is running)"
                : String.join(", ", wasRunning.stream().map(LabServer::id).toList())));
        Processes.running(lab.identity(LabServer.WRITER)).forEach(Processes::stop);
        if (Files.isDirectory(lab.state().postgresHome())) {
            lab.postgres().close();
        }
        lab.redis().close();
        List<String> done = new ArrayList<>();
        List<String> left = new ArrayList<>();
        for (LabServer s : ORDER) {
            long pid = lab.state().pid(s);
            if (lab.running(s)) {
                left.add(s.id() + " (pid " + pid + ")");
            } else if (wasRunning.contains(s)) {
                done.add("stopped " + s.id() + " (pid " + pid + ")");
            }
            Processes.running(lab.identity(s)).stream().filter(h -> h.pid() != pid).forEach(h -> left.add(s.id() + " process " + h.pid()));
        }
        if (!left.isEmpty()) {
            throw new LabException("still running after stopping the lab: " + String.join(", ", left));
        }
        keepLogs();
        removeFiles();
        done.add("removed the lab's data; logs kept in " + lab.logs());
        return done;
    }

    private void keepLogs() {
        Path pgHome = lab.state().postgresHome();
        try {
            Files.createDirectories(lab.logs());
            for (Path from : List.of(pgHome, lab.redisDir().resolve(LabParts.LOGS))) {
                if (!Files.isDirectory(from)) {
                    continue;
                }
                try (DirectoryStream<Path> logs = Files.newDirectoryStream(from, "*.log")) {
                    for (Path log : logs) {
                        String name = from.equals(pgHome) ? "postgres-" + log.getFileName() : log.getFileName().toString();
                        Files.copy(log, lab.logs().resolve(name), StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
        } catch (IOException e) {
            throw new LabException("could not keep the lab's logs in " + lab.logs() + ": " + e.getMessage(), e);
        }
    }

    private void removeFiles() {
        if (madeByTheLab(lab.state().postgresHome())) {
            Trees.delete(lab.state().postgresHome());
        }
        Trees.delete(lab.dir().resolve(LabParts.POSTGRES));
        Trees.delete(lab.redisDir());
        try {
            for (String name : List.of(HeartbeatWriter.PID_FILE, LabState.PASSWORD_FILE, LabState.FILE)) {
                Files.deleteIfExists(lab.dir().resolve(name));
            }
        } catch (IOException e) {
            throw new LabException("could not remove the lab's files in " + lab.dir() + ": " + e.getMessage(), e);
        }
    }

    /** Only a directory the lab itself made is deleted: inside the lab directory, or a warroom-lab-pg-* temporary one. */
    private boolean madeByTheLab(Path pgHome) {
        Path home = pgHome.toAbsolutePath().normalize();
        return home.startsWith(lab.dir()) && !home.equals(lab.dir())
                || home.getFileName() != null && home.getFileName().toString().startsWith("warroom-lab-pg-");
    }
}
