package dev.warroom.connectors.aws;

import dev.warroom.core.time.DurationText;
import dev.warroom.core.world.ProbeException;
import dev.warroom.core.world.ProbeFailure;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The record a dns.update writes: type, values and TTL from the step's params ({@code value}, {@code ttl},
 * {@code type}), the plan's {@code observe.type}, or what the record holds now. Several values are
 * comma-separated (A, AAAA, TXT …); a CNAME takes exactly one.
 */
record RecordChange(String fqdn, String type, List<String> values, long ttlSeconds) {

    RecordChange {
        values = List.copyOf(values);
    }

    static List<String> values(String value) {
        return Arrays.stream(value.split(",")).map(String::strip).filter(v -> !v.isEmpty()).toList();
    }

    static String guessType(List<String> values) {
        String first = values.isEmpty() ? "" : values.get(0);
        if (first.matches("[0-9]{1,3}(\\.[0-9]{1,3}){3}")) {
            return "A";
        }
        return first.contains(":") && first.matches("[0-9a-fA-F:.]+") ? "AAAA" : "CNAME";
    }

    /** A TTL as the plan writes it: {@code 60}, {@code 60s}, {@code 5m}. */
    static Optional<Long> ttl(String text) throws ProbeException {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.strip();
        Optional<Duration> d = t.matches("[0-9]{1,9}") ? Optional.of(Duration.ofSeconds(Long.parseLong(t))) : DurationText.parse(t);
        if (d.isEmpty()) {
            throw new ProbeException(ProbeFailure.ERROR, "dns.update: ttl " + DurationText.explain(t));
        }
        return Optional.of(d.get().toSeconds());
    }

    static RecordChange of(String fqdn, String type, List<String> values, long ttl) throws ProbeException {
        if (values.isEmpty()) {
            throw new ProbeException(ProbeFailure.ERROR, "dns.update on " + fqdn + ": the parameter 'value' is empty");
        }
        if (type.equals("CNAME") && values.size() > 1) {
            throw new ProbeException(ProbeFailure.ERROR, "dns.update on " + fqdn + ": a CNAME record takes one value, not "
                    + values.size() + " (" + String.join(", ", values) + ")");
        }
        return new RecordChange(fqdn, type, values, ttl);
    }

    String valuesWords() {
        return String.join(", ", values);
    }

    /** The change batch as the aws CLI takes it. */
    String batchJson() {
        return "{\"Comment\":\"WarRoom dns.update\",\"Changes\":[{\"Action\":\"UPSERT\",\"ResourceRecordSet\":{\"Name\":\"" + json(fqdn)
                + "\",\"Type\":\"" + type + "\",\"TTL\":" + ttlSeconds + ",\"ResourceRecords\":["
                + values.stream().map(v -> "{\"Value\":\"" + json(v) + "\"}").collect(Collectors.joining(",")) + "]}}]}";
    }

    private static String json(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
