package dev.warroom.cli;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;

/** Free ports on 127.0.0.1 for a lab of the test's own, away from the standard lab ports a user's lab may hold. */
final class LoopbackPorts {

    private LoopbackPorts() {
    }

    /** p such that p .. p + n - 1 are free, at least five away from {@code avoid}. */
    static int freeRun(int n, int avoid) {
        for (int attempt = 0; attempt < 200; attempt++) {
            int p = ThreadLocalRandom.current().nextInt(20_000, 45_000);
            if (Math.abs(p - avoid) > 4 && IntStream.range(p, p + n).allMatch(LoopbackPorts::free)) {
                return p;
            }
        }
        throw new IllegalStateException("no " + n + " adjacent free ports on 127.0.0.1");
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
