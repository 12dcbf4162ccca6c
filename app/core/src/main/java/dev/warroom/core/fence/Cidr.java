package dev.warroom.core.fence;

import java.net.InetAddress;

/** A network written as address/prefix (10.20.0.0/16, fd00::/8); a bare address is a network of one. Immutable. */
public record Cidr(InetAddress network, int prefix) {

    /** @throws IllegalArgumentException saying in words what is wrong with {@code text} */
    public static Cidr parse(String text) {
        String t = text.strip();
        int slash = t.indexOf('/');
        String addressText = slash < 0 ? t : t.substring(0, slash);
        InetAddress address = IpLiterals.parse(addressText).orElseThrow(
                () -> new IllegalArgumentException("'" + addressText + "' is not an IP address"));
        int bits = address.getAddress().length * 8;
        if (slash < 0) {
            return new Cidr(address, bits);
        }
        String prefixText = t.substring(slash + 1);
        if (!prefixText.matches("\\d{1,3}")) {
            throw new IllegalArgumentException("'" + t + "' has no prefix length after the slash (e.g. 10.20.0.0/16)");
        }
        int prefix = Integer.parseInt(prefixText);
        if (prefix > bits) {
            throw new IllegalArgumentException("'" + t + "' has a prefix of /" + prefix + ", longer than the " + bits
                    + " bits of an IPv" + (bits == 32 ? "4" : "6") + " address");
        }
        return new Cidr(address, prefix);
    }

    public boolean contains(InetAddress address) {
        byte[] net = network.getAddress();
        byte[] candidate = address.getAddress();
        if (net.length != candidate.length) {
            return false;
        }
        int whole = prefix / 8;
        for (int i = 0; i < whole; i++) {
            if (net[i] != candidate[i]) {
                return false;
            }
        }
        int rest = prefix % 8;
        if (rest == 0) {
            return true;
        }
        int mask = 0xff << (8 - rest) & 0xff;
        return (net[whole] & mask) == (candidate[whole] & mask);
    }

    @Override
    public String toString() {
        return network.getHostAddress() + "/" + prefix;
    }
}
