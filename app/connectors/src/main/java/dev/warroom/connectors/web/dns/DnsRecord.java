package dev.warroom.connectors.web.dns;

/** One answer record: its owner name (lower case, no trailing dot), type, TTL in seconds and data in text. */
public record DnsRecord(String name, DnsType type, long ttlSeconds, String data) {
}
