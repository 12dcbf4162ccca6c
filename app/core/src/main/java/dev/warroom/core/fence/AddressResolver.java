package dev.warroom.core.fence;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/** Turns a host name into the addresses a connection to it would use. The system one is the JVM's (and so the connectors'). */
@FunctionalInterface
public interface AddressResolver {

    List<InetAddress> resolve(String host) throws UnknownHostException;

    static AddressResolver system() {
        return host -> List.of(InetAddress.getAllByName(host));
    }
}
