package dev.warroom.connectors.web.dns;

import java.util.Locale;
import java.util.Optional;

/** The record types a dns-record resource can watch. */
public enum DnsType {
    A(1),
    AAAA(28),
    CNAME(5);

    private final int code;

    DnsType(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public static Optional<DnsType> parse(String text) {
        for (DnsType type : values()) {
            if (type.name().equals(text.strip().toUpperCase(Locale.ROOT))) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
