package dev.warroom.connectors.lab;

import dev.warroom.connectors.ConnectorSettings;
import dev.warroom.connectors.postgres.PostgresConnector;
import dev.warroom.connectors.redis.RedisConnector;
import dev.warroom.core.world.Observation;
import dev.warroom.core.world.Probe;
import dev.warroom.core.world.ProbeException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Reads `lab status`: each server through the same probes a drill uses, and the writer's heartbeats from the database. */
final class LabInspector {

    private static final List<String> FACTS = List.of("lag", "link", "offset lag", "timeline", "standbys", "connected replicas", "state");

    private final LabParts lab;
    private final String password;

    LabInspector(LabParts lab, String password) {
        this.lab = lab;
        this.password = password;
    }

    LabStatus read() {
        ConnectorSettings settings = ConnectorSettings.of(Map.of(LabResources.PASSWORD_ENV, password));
        Probe postgres = new PostgresConnector(settings).probes().get(PostgresConnector.KIND);
        Probe redis = new RedisConnector(settings).probes().get(RedisConnector.KIND);
        List<LabStatus.Line> lines = new ArrayList<>();
        for (LabServer server : LabServer.values()) {
            long pid = lab.state().pid(server);
            String address = server == LabServer.WRITER ? "" : "127.0.0.1:" + lab.state().ports().port(server);
            if (!lab.running(server)) {
                lines.add(new LabStatus.Line(server, address, pid, false, "stopped", pid > 0 ? "pid " + pid + " is gone" : "never started"));
            } else if (server == LabServer.WRITER) {
                lines.add(new LabStatus.Line(server, address, pid, true, "writing", heartbeats()));
            } else {
                lines.add(probed(server, address, pid, server.kind().equals(PostgresConnector.KIND) ? postgres : redis));
            }
        }
        return new LabStatus(lab.dir(), lab.state(), lines);
    }

    private LabStatus.Line probed(LabServer server, String address, long pid, Probe probe) {
        try {
            Observation o = probe.observe(LabResources.resource(server, lab.state().ports()));
            List<String> facts = new ArrayList<>();
            for (String key : FACTS) {
                o.attribute(key).ifPresent(v -> facts.add(key + " " + v));
            }
            return new LabStatus.Line(server, address, pid, true, o.role().name().toLowerCase(Locale.ROOT), String.join(", ", facts));
        } catch (ProbeException e) {
            return new LabStatus.Line(server, address, pid, true, e.failure().words(), e.getMessage());
        }
    }

    /** How many heartbeat rows the primary (or, if it is down, the standby) holds, and how old the newest is. */
    private String heartbeats() {
        for (int port : List.of(lab.state().ports().pgPrimary(), lab.state().ports().pgStandby())) {
            try (Connection c = LabJdbc.connect(port, LabJdbc.DATABASE, password); Statement st = c.createStatement();
                    ResultSet rs = st.executeQuery("SELECT count(*), extract(epoch FROM now() - max(ts))::float8 FROM heartbeat")) {
                rs.next();
                return "heartbeat rows " + rs.getLong(1) + " on 127.0.0.1:" + port + ", newest "
                        + String.format(Locale.ROOT, "%.1f", Math.max(0, rs.getDouble(2))) + "s ago";
            } catch (SQLException e) {
                // try the next server
            }
        }
        return "no PostgreSQL server of the lab answers";
    }
}
