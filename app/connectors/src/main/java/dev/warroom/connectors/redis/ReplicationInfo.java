package dev.warroom.connectors.redis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The fields of {@code INFO replication}, e.g. {@code role:slave}, {@code master_link_status:up}, {@code slave0:ip=…,port=…,offset=…,lag=…}. */
record ReplicationInfo(Map<String, String> fields) {

    /** One replica as its master lists it. */
    record Replica(String ip, int port, String state, long offset, long lagSeconds) {

        String address() {
            return ip + ":" + port;
        }
    }

    static ReplicationInfo parse(String text) {
        Map<String, String> fields = new HashMap<>();
        for (String line : text.split("\r?\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && !line.startsWith("#")) {
                fields.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
            }
        }
        return new ReplicationInfo(Map.copyOf(fields));
    }

    boolean isMaster() {
        return "master".equals(fields.get("role"));
    }

    Optional<String> get(String name) {
        return Optional.ofNullable(fields.get(name));
    }

    long number(String name) {
        try {
            return Long.parseLong(fields.getOrDefault(name, "-1"));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    List<Replica> replicas() {
        List<Replica> out = new ArrayList<>();
        for (int i = 0; fields.containsKey("slave" + i); i++) {
            Map<String, String> parts = new HashMap<>();
            for (String kv : fields.get("slave" + i).split(",")) {
                int eq = kv.indexOf('=');
                if (eq > 0) {
                    parts.put(kv.substring(0, eq), kv.substring(eq + 1));
                }
            }
            out.add(new Replica(parts.getOrDefault("ip", "?"), (int) longOf(parts.get("port")), parts.getOrDefault("state", "unknown"),
                    longOf(parts.get("offset")), longOf(parts.get("lag"))));
        }
        return out;
    }

    private static long longOf(String text) {
        try {
            return text == null ? -1 : Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
