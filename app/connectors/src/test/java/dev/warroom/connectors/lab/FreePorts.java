package dev.warroom.connectors.lab;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.concurrent.ThreadLocalRandom;

/** Loopback ports for test servers, away from the lab's standard ones so a lab running on this machine is left alone. */
public final class FreePorts {

    private FreePorts() {
    }

    /** A port p such that p and p + 1 are both free on 127.0.0.1 right now. */
    public static int pair() {
        for (int attempt = 0; attempt < 200; attempt++) {
            int p = ThreadLocalRandom.current().nextInt(20_000, 45_000);
            if (free(p) && free(p + 1)) {
                return p;
            }
        }
        throw new IllegalStateException("no two adjacent free ports found on 127.0.0.1");
    }

    /** A port nothing listens on (bound, then released). */
    public static int closed() {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean free(int port) {
        try (ServerSocket s = new ServerSocket()) {
            s.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
