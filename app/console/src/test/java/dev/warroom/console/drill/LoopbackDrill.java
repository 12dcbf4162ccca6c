package dev.warroom.console.drill;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The drill environment of the loopback-drill test plan, served on 127.0.0.1 by the test: the primary
 * API's health endpoint (200), the standby's (503: not warmed up yet), the standby's warm-up call (202)
 * and a DNS server that resolves localhost. Every request is kept, so a test can tell what reached it.
 */
public final class LoopbackDrill implements AutoCloseable {

    private static final Map<String, Integer> ANSWERS = Map.of("/health", 200, "/standby/health", 503, "/standby/warm", 202);

    private final HttpServer http;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final LoopbackDnsServer dns;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final Map<String, Integer> answers = new ConcurrentHashMap<>(ANSWERS);

    public LoopbackDrill() throws IOException {
        http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        http.setExecutor(threads);
        http.createContext("/", exchange -> {
            try (exchange) {
                String path = exchange.getRequestURI().getPath();
                exchange.getRequestBody().readAllBytes();
                requests.add(exchange.getRequestMethod() + " " + path);
                exchange.sendResponseHeaders(answers.getOrDefault(path, 404), -1);
            }
        });
        http.start();
        dns = new LoopbackDnsServer();
    }

    public String url(String path) {
        return "http://127.0.0.1:" + http.getAddress().getPort() + path;
    }

    /** Every request the HTTP server received, as "METHOD /path", in order. */
    public List<String> requests() {
        return List.copyOf(requests);
    }

    /** The loopback-drill plan with this environment's addresses, written into {@code plans}. */
    public Path writePlan(Path plans) throws IOException {
        String template;
        try (InputStream in = LoopbackDrill.class.getResourceAsStream("loopback-drill.yaml")) {
            template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String plan = template.replace("{{HEALTH_URL}}", url("/health")).replace("{{STANDBY_URL}}", url("/standby/health"))
                .replace("{{WARM_URL}}", url("/standby/warm")).replace("{{RESOLVER}}", dns.address());
        Files.createDirectories(plans);
        return Files.writeString(plans.resolve("loopback-drill.yaml"), plan, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        http.stop(0);
        threads.shutdownNow();
        dns.close();
    }
}
