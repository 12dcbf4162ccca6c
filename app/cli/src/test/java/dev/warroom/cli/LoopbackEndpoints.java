package dev.warroom.cli;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.IntSupplier;

/** Real HTTP endpoints on 127.0.0.1 for command-line tests: each path answers the status its supplier gives; bodies are kept. */
final class LoopbackEndpoints implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final Map<String, IntSupplier> statuses = new ConcurrentHashMap<>();
    private final Map<String, List<String>> bodies = new ConcurrentHashMap<>();

    LoopbackEndpoints() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(threads);
        server.createContext("/", exchange -> {
            try (exchange) {
                String path = exchange.getRequestURI().getPath();
                bodies.computeIfAbsent(path, p -> new CopyOnWriteArrayList<>())
                        .add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
                IntSupplier status = statuses.get(path);
                exchange.sendResponseHeaders(status == null ? 404 : status.getAsInt(), -1);
            }
        });
        server.start();
    }

    LoopbackEndpoints answer(String path, int status) {
        return answer(path, () -> status);
    }

    LoopbackEndpoints answer(String path, IntSupplier status) {
        statuses.put(path, status);
        return this;
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** The bodies received on a path, in order. */
    List<String> received(String path) {
        return List.copyOf(bodies.getOrDefault(path, List.of()));
    }

    static String closedUrl(String path) throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return "http://127.0.0.1:" + socket.getLocalPort() + path;
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
