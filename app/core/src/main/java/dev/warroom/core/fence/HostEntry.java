package dev.warroom.core.fence;

import java.util.Optional;

/** One entry of a plan's {@code drillEnvironment.hosts}: a network (an address is a network of one) or a host name. */
public record HostEntry(Optional<Cidr> network, Optional<String> name) {

    private static final String HOST_NAME = "(?i)(?=.{1,253}$)[a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9_])?(\\.[a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9_])?)*\\.?";

    /** @throws IllegalArgumentException saying in words why {@code text} is neither */
    public static HostEntry parse(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            throw new IllegalArgumentException("an empty entry: write an IP address, a CIDR network or a host name");
        }
        if (t.contains("/") || IpLiterals.parse(t).isPresent() || t.contains(":") || t.matches("[0-9./]+")) {
            return new HostEntry(Optional.of(Cidr.parse(t)), Optional.empty());
        }
        if (!t.matches(HOST_NAME)) {
            throw new IllegalArgumentException("'" + t + "' is neither an IP address, a CIDR network (10.20.0.0/16) nor a host name");
        }
        return new HostEntry(Optional.empty(), Optional.of(t));
    }
}
