package dev.warroom.core.fence;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

/** IP addresses written out in full (dotted-quad IPv4, or IPv6), read without ever asking a resolver. */
final class IpLiterals {

    private IpLiterals() {
    }

    static Optional<InetAddress> parse(String text) {
        String t = text.strip();
        if (t.startsWith("[") && t.endsWith("]")) {
            t = t.substring(1, t.length() - 1);
        }
        if (t.matches("\\d{1,3}(\\.\\d{1,3}){3}")) {
            byte[] bytes = new byte[4];
            String[] parts = t.split("\\.");
            for (int i = 0; i < 4; i++) {
                int part = Integer.parseInt(parts[i]);
                if (part > 255) {
                    return Optional.empty();
                }
                bytes[i] = (byte) part;
            }
            return Optional.of(address(bytes));
        }
        if (t.contains(":") && t.matches("[0-9a-fA-F:.]+")) {
            try {
                // A text with a colon is only ever read as an IPv6 literal: an invalid one fails without a lookup.
                return Optional.of(InetAddress.getByName(t));
            } catch (UnknownHostException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static InetAddress address(byte[] bytes) {
        try {
            return InetAddress.getByAddress(bytes);
        } catch (UnknownHostException e) {
            throw new IllegalStateException("four bytes are always an IPv4 address", e);
        }
    }
}
