package dev.warroom.connectors.lab;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * What `lab up` started, kept in {@code lab.properties} in the lab directory so that later commands
 * (status, stop, down) and the heartbeat writer find it: the lab's id, its ports, where PostgreSQL
 * lives and as whom it runs, and the pid of every process. The password is in a file of its own.
 */
public record LabState(String id, Instant started, LabPorts ports, Path postgresHome, String postgresAccount, Map<LabServer, Long> pids) {

    public static final String FILE = "lab.properties";
    public static final String PASSWORD_FILE = "pg-password";

    public LabState {
        pids = Map.copyOf(pids);
    }

    /** The recorded pid, or 0 when the process was never started. */
    public long pid(LabServer server) {
        return pids.getOrDefault(server, 0L);
    }

    LabState withPid(LabServer server, long pid) {
        Map<LabServer, Long> changed = new EnumMap<>(LabServer.class);
        changed.putAll(pids);
        changed.put(server, pid);
        return new LabState(id, started, ports, postgresHome, postgresAccount, changed);
    }

    void save(Path dir) {
        Properties p = new Properties();
        p.setProperty("id", id);
        p.setProperty("started", started.toString());
        p.setProperty("postgres.home", postgresHome.toString());
        p.setProperty("postgres.account", postgresAccount);
        for (LabServer s : LabServer.values()) {
            if (s != LabServer.WRITER) {
                p.setProperty("port." + s.id(), Integer.toString(ports.port(s)));
            }
        }
        pids.forEach((server, pid) -> p.setProperty("pid." + server.id(), Long.toString(pid)));
        Path file = dir.resolve(FILE);
        Path partial = dir.resolve(FILE + ".partial");
        try (Writer out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
            p.store(out, "WarRoom lab: written by `warroom lab up`; `warroom lab down` stops what it lists");
        } catch (IOException e) {
            throw new LabException("could not write " + file + ": " + e.getMessage(), e);
        }
        try {
            Files.setPosixFilePermissions(partial, PosixFilePermissions.fromString("rw-------"));
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new LabException("could not write " + file + ": " + e.getMessage(), e);
        }
    }

    public static Optional<LabState> load(Path dir) {
        Path file = dir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
            Map<LabServer, Long> pids = new EnumMap<>(LabServer.class);
            for (LabServer s : LabServer.values()) {
                String pid = p.getProperty("pid." + s.id());
                if (pid != null) {
                    pids.put(s, Long.parseLong(pid.strip()));
                }
            }
            LabPorts ports = new LabPorts(port(p, LabServer.PG_PRIMARY), port(p, LabServer.PG_STANDBY), port(p, LabServer.REDIS_MASTER),
                    port(p, LabServer.REDIS_REPLICA));
            return Optional.of(new LabState(required(p, "id"), Instant.parse(required(p, "started")), ports,
                    Path.of(required(p, "postgres.home")), required(p, "postgres.account"), pids));
        } catch (IOException | NumberFormatException | DateTimeParseException e) {
            throw new LabException(file + " is damaged (" + e.getMessage() + "); stop the lab's processes by hand and delete " + dir);
        }
    }

    private static int port(Properties p, LabServer server) {
        return Integer.parseInt(required(p, "port." + server.id()).strip());
    }

    private static String required(Properties p, String key) {
        String value = p.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new NumberFormatException("no " + key);
        }
        return value;
    }
}
