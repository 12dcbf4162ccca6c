package dev.warroom.connectors.azure.dns;

import com.azure.resourcemanager.dns.fluent.models.RecordSetInner;
import com.azure.resourcemanager.dns.models.ARecord;
import com.azure.resourcemanager.dns.models.AaaaRecord;
import com.azure.resourcemanager.dns.models.CnameRecord;
import com.azure.resourcemanager.dns.models.RecordType;
import com.azure.resourcemanager.dns.models.TxtRecord;
import dev.warroom.connectors.azure.AzurePlanProblem;
import dev.warroom.connectors.azure.AzureWords;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The values of an Azure DNS record set in words, and the record set a new value makes (A, AAAA, CNAME, TXT). */
final class DnsRecordValues {

    private static final String IPV4 = "(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])(\\.(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])){3}";
    private static final String HOST = "(?=.{1,253}\\.?$)([A-Za-z0-9_]([A-Za-z0-9_-]{0,61}[A-Za-z0-9])?)(\\.[A-Za-z0-9_]([A-Za-z0-9_-]{0,61}[A-Za-z0-9])?)*\\.?";

    private DnsRecordValues() {
    }

    static RecordType type(String text) {
        String upper = text.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(RecordType.values()).filter(t -> t.toString().equals(upper)).findFirst()
                .orElseThrow(() -> new AzurePlanProblem("'" + text + "' is not a DNS record type Azure DNS has (A, AAAA, CNAME, TXT, MX, NS ...)"));
    }

    /** The type a new value implies when the plan names none: an IPv4 address is A, IPv6 is AAAA, a host name CNAME. */
    static RecordType inferred(String value) {
        String first = value.split(",")[0].strip();
        if (first.matches(IPV4)) {
            return RecordType.A;
        }
        return first.contains(":") ? RecordType.AAAA : RecordType.CNAME;
    }

    /** What the record set answers, in its own order: addresses, a canonical name, texts ... */
    static List<String> read(RecordSetInner set, RecordType type) {
        List<String> out = new ArrayList<>();
        if (set.targetResource() != null && set.targetResource().id() != null) {
            out.add("alias of " + AzureWords.lastSegment(set.targetResource().id()));
            return out;
        }
        switch (type.toString()) {
            case "A" -> Optional.ofNullable(set.aRecords()).ifPresent(rs -> rs.forEach(r -> out.add(r.ipv4Address())));
            case "AAAA" -> Optional.ofNullable(set.aaaaRecords()).ifPresent(rs -> rs.forEach(r -> out.add(r.ipv6Address())));
            case "CNAME" -> Optional.ofNullable(set.cnameRecord()).map(CnameRecord::cname).ifPresent(out::add);
            case "TXT" -> Optional.ofNullable(set.txtRecords()).ifPresent(rs -> rs.forEach(r -> out.add(String.join("", r.value()))));
            case "MX" -> Optional.ofNullable(set.mxRecords()).ifPresent(rs -> rs.forEach(r -> out.add(r.preference() + " " + r.exchange())));
            case "NS" -> Optional.ofNullable(set.nsRecords()).ifPresent(rs -> rs.forEach(r -> out.add(r.nsdname())));
            case "PTR" -> Optional.ofNullable(set.ptrRecords()).ifPresent(rs -> rs.forEach(r -> out.add(r.ptrdname())));
            case "SRV" -> Optional.ofNullable(set.srvRecords()).ifPresent(rs -> rs.forEach(r -> out.add(
                    r.priority() + " " + r.weight() + " " + r.port() + " " + r.target())));
            case "CAA" -> Optional.ofNullable(set.caaRecords()).ifPresent(rs -> rs.forEach(r -> out.add(r.flags() + " " + r.tag() + " " + r.value())));
            default -> { }
        }
        return out;
    }

    /**
     * The PATCH body that makes the record set answer {@code value} (several addresses separated by
     * commas for A and AAAA), with {@code ttlSeconds} when the step sets one.
     */
    static RecordSetInner write(RecordType type, String value, Optional<Long> ttlSeconds) {
        RecordSetInner set = new RecordSetInner();
        ttlSeconds.ifPresent(set::withTtl);
        List<String> values = Arrays.stream(value.split(",")).map(String::strip).filter(v -> !v.isEmpty()).toList();
        if (values.isEmpty()) {
            throw new AzurePlanProblem("dns.update needs a value to publish");
        }
        switch (type.toString()) {
            case "A" -> set.withARecords(values.stream().map(v -> new ARecord().withIpv4Address(checked(v, IPV4, type))).toList());
            case "AAAA" -> set.withAaaaRecords(values.stream().map(v -> new AaaaRecord().withIpv6Address(ipv6(v))).toList());
            case "CNAME" -> set.withCnameRecord(new CnameRecord().withCname(single(values, type)));
            case "TXT" -> set.withTxtRecords(List.of(new TxtRecord().withValue(List.of(value.strip()))));
            default -> throw new AzurePlanProblem("WarRoom changes A, AAAA, CNAME and TXT records; '" + type + "' records are changed by hand");
        }
        return set;
    }

    private static String checked(String value, String pattern, RecordType type) {
        if (!value.matches(pattern)) {
            throw new AzurePlanProblem("an " + type + " record holds IPv4 addresses, and '" + value + "' is not one"
                    + (value.matches(HOST) ? " (it is a host name: use type CNAME)" : ""));
        }
        return value;
    }

    private static String ipv6(String value) {
        if (!value.matches("[0-9A-Fa-f:.]+") || !value.contains(":")) {
            throw new AzurePlanProblem("an AAAA record holds IPv6 addresses, and '" + value + "' is not one");
        }
        return value;
    }

    private static String single(List<String> values, RecordType type) {
        if (values.size() != 1 || !values.get(0).matches(HOST)) {
            throw new AzurePlanProblem("a " + type + " record holds exactly one host name, not '" + String.join(",", values) + "'");
        }
        return values.get(0);
    }

    static String fqdn(String name, String zone) {
        return name.equals("@") ? zone : name + "." + zone;
    }
}
