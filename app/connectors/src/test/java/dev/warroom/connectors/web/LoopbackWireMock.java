package dev.warroom.connectors.web;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;

/**
 * WireMock on 127.0.0.1, the one HTTP stand-in of the web family's tests. URLs name the address, not
 * {@code localhost}, as a plan would: loopback is what makes an endpoint a drill environment.
 */
final class LoopbackWireMock {

    private LoopbackWireMock() {
    }

    static WireMockServer start() {
        return startOn(0);
    }

    /** Starts on a given port, e.g. one that refused connections until now; 0 for any free one. */
    static WireMockServer startOn(int port) {
        WireMockServer server = new WireMockServer(options().bindAddress("127.0.0.1").port(port));
        server.start();
        return server;
    }

    static String url(WireMockServer server, String path) {
        return "http://127.0.0.1:" + server.port() + path;
    }

    /** The requests a path received, in order. */
    static List<LoggedRequest> requests(WireMockServer server, String path) {
        return server.findAll(anyRequestedFor(urlPathEqualTo(path)));
    }

    /** A loopback port nothing listens on (connections to it are refused). */
    static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
