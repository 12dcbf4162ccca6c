package dev.warroom.connectors.web.dns;

import java.net.InetSocketAddress;
import java.util.Optional;
import org.xbill.DNS.ResolverConfig;

/**
 * The resolvers this machine uses, as dnsjava's {@link ResolverConfig} finds them: resolv.conf on Linux
 * and macOS, the network adapters on Windows, the {@code dns.server} system property anywhere.
 */
public final class SystemResolvers {

    private SystemResolvers() {
    }

    /** The first of the system's resolvers, if it names any. */
    public static Optional<ResolverAddress> first() {
        return ResolverConfig.getCurrentConfig().servers().stream().findFirst().map(SystemResolvers::address);
    }

    private static ResolverAddress address(InetSocketAddress server) {
        return new ResolverAddress(server.getAddress() != null ? server.getAddress().getHostAddress() : server.getHostString(),
                server.getPort());
    }
}
