package dev.warroom.connectors.web.dns;

/** A resolver as written: {@code 10.0.0.2}, {@code 127.0.0.1:5353}, {@code ::1}, {@code [::1]:5353}, {@code dns.example.net:53}. */
public record ResolverAddress(String host, int port) {

    public static final int DNS_PORT = 53;

    public static ResolverAddress parse(String text) {
        String t = text.strip();
        if (t.startsWith("[")) {
            int close = t.indexOf(']');
            if (close < 0) {
                throw new IllegalArgumentException("resolver '" + text + "': missing ']'");
            }
            String rest = t.substring(close + 1);
            return new ResolverAddress(t.substring(1, close), rest.startsWith(":") ? port(text, rest.substring(1)) : DNS_PORT);
        }
        int colon = t.indexOf(':');
        if (colon >= 0 && colon == t.lastIndexOf(':')) {
            return new ResolverAddress(t.substring(0, colon), port(text, t.substring(colon + 1)));
        }
        if (t.isEmpty()) {
            throw new IllegalArgumentException("resolver is empty");
        }
        return new ResolverAddress(t, DNS_PORT);
    }

    private static int port(String text, String port) {
        if (!port.matches("[0-9]{1,5}") || Integer.parseInt(port) == 0 || Integer.parseInt(port) > 65535) {
            throw new IllegalArgumentException("resolver '" + text + "': '" + port + "' is not a port");
        }
        return Integer.parseInt(port);
    }

    @Override
    public String toString() {
        return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
    }
}
