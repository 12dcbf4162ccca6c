package dev.warroom.connectors.lab;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/**
 * The lab's team chat: a loopback webhook that accepts Slack- and Teams-shaped posts and appends
 * them to {@code logs/chat.log}, so a drill's announcements have somewhere to go without a real
 * workspace. Point the plan's channel at it with {@code WARROOM_LAB_WEBHOOK=http://127.0.0.1:PORT/chat}.
 */
final class LabChatSink {

    static final String PATH = "/chat";
    static final String LOG = "chat.log";

    private LabChatSink() {
    }

    /** The port the sink listens on: the one after the Redis replica's. */
    static int port(LabPorts ports) {
        return ports.redisReplica() + 1;
    }

    static String url(LabPorts ports) {
        return "http://127.0.0.1:" + port(ports) + PATH;
    }

    /** Starts the sink on a daemon thread; the caller's process keeps it alive. */
    static HttpServer start(LabPorts ports, Path logs) throws IOException {
        Files.createDirectories(logs);
        Path log = logs.resolve(LOG);
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port(ports)), 0);
        server.createContext(PATH, exchange -> {
            try (InputStream body = exchange.getRequestBody()) {
                String text = new String(body.readNBytes(64 * 1024), StandardCharsets.UTF_8).replace('\n', ' ');
                Files.writeString(log, Instant.now() + " " + exchange.getRequestMethod() + " " + text + "\n", StandardCharsets.UTF_8,
                        StandardOpenOption.CREATE, StandardOpenOption.APPEND);
                byte[] ok = "ok".getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders("POST".equals(exchange.getRequestMethod()) ? 200 : 405, ok.length);
                exchange.getResponseBody().write(ok);
            } finally {
                exchange.close();
            }
        });
        server.start();
        return server;
    }
}
