package dev.warroom.console.drill;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * The drill environment of the loopback-drill test plan, served on 127.0.0.1 by the test (WireMock, the
 * one HTTP stand-in of the tests): the primary API's health endpoint (200), the standby's (503: not warmed
 * up yet), the standby's warm-up call (202) and a DNS server that resolves localhost. Every request is
 * kept, so a test can tell what reached it.
 */
public final class LoopbackDrill implements AutoCloseable {

    private static final Map<String, Integer> ANSWERS = Map.of("/health", 200, "/standby/health", 503, "/standby/warm", 202);

    private final WireMockServer http;
    private final LoopbackDnsServer dns;

    public LoopbackDrill() throws IOException {
        http = new WireMockServer(options().bindAddress("127.0.0.1").port(0));
        http.start();
        http.stubFor(any(anyUrl()).atPriority(10).willReturn(aResponse().withStatus(404)));
        ANSWERS.forEach((path, status) -> http.stubFor(any(urlPathEqualTo(path)).atPriority(1).willReturn(aResponse().withStatus(status))));
        dns = new LoopbackDnsServer();
    }

    public String url(String path) {
        return "http://127.0.0.1:" + http.port() + path;
    }

    /** Every request the HTTP server received, as "METHOD /path", in order. */
    public List<String> requests() {
        List<ServeEvent> served = new ArrayList<>(http.getAllServeEvents());
        Collections.reverse(served);
        return served.stream().map(e -> e.getRequest().getMethod().getName() + " " + URI.create(e.getRequest().getUrl()).getPath())
                .toList();
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
        http.stop();
        dns.close();
    }
}
