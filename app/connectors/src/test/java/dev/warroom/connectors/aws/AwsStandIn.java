package dev.warroom.connectors.aws;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.common.ConsoleNotifier;
import dev.warroom.connectors.ConnectorSettings;
import dev.warroom.core.plan.model.Resource;
import dev.warroom.core.world.ActionRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A WireMock stand-in for the AWS endpoints on loopback, with the real SDK clients pointed at it
 * through WARROOM_AWS_ENDPOINT. Query services (RDS, ElastiCache, CloudWatch) are matched by their
 * {@code Action=} form field, JSON services (ARC, Health) by {@code X-Amz-Target}, REST services by path.
 */
final class AwsStandIn implements AutoCloseable {

    final WireMockServer server;

    AwsStandIn() {
        server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1").notifier(new ConsoleNotifier(false)));
        server.start();
    }

    String endpoint() {
        return "http://127.0.0.1:" + server.port();
    }

    /** A connector on this stand-in: calls may take 5s, long-running actions are polled every 50ms. */
    AwsConnector connector() {
        return connector(Map.of());
    }

    AwsConnector connector(Map<String, String> more) {
        Map<String, String> values = new HashMap<>(Map.of(AwsSettings.ENDPOINT, endpoint(), AwsSettings.TIMEOUT, "5s",
                AwsSettings.POLL, "50ms"));
        values.putAll(more);
        ConnectorSettings settings = ConnectorSettings.of(values);
        return new AwsConnector(AwsSettings.from(settings), settings, Clock.systemUTC());
    }

    static String body(String resource) {
        try (InputStream in = AwsStandIn.class.getResourceAsStream("/aws/" + resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource aws/" + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A test resource with its {@code {{name}}} placeholders filled; placeholders not given are left empty. */
    static String fill(String resource, Map<String, String> values) {
        String text = body(resource);
        for (Map.Entry<String, String> e : values.entrySet()) {
            text = text.replace("{{" + e.getKey() + "}}", e.getValue());
        }
        return text.replaceAll("\\{\\{[a-zA-Z]+\\}\\}", "");
    }

    /** A query-protocol error in AWS's shape: 400 Throttling, 403 InvalidClientTokenId … */
    static String queryError(String code, String message) {
        return fill("errors/query-error.xml", Map.of("type", "Sender", "code", code, "message", message));
    }

    static String route53Error(String code, String message) {
        return fill("errors/route53-error.xml", Map.of("type", "Sender", "code", code, "message", message));
    }

    static ResponseDefinitionBuilder xml(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "text/xml").withHeader("x-amzn-RequestId",
                "6a1f3c9e-0000-4000-8000-00000000000" + (status % 10)).withBody(body);
    }

    static ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/x-amz-json-1.1").withBody(body);
    }

    /** A JSON-protocol error: {@code {"__type": "ThrottlingException", "message": ...}}. */
    static ResponseDefinitionBuilder jsonError(int status, String type, String message) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/x-amz-json-1.1")
                .withHeader("x-amzn-ErrorType", type)
                .withBody("{\"__type\":\"" + type + "\",\"message\":\"" + message + "\"}");
    }

    static MappingBuilder query(String action) {
        return post(urlPathEqualTo("/")).withRequestBody(containing("Action=" + action + "&"));
    }

    /** A JSON-protocol operation, on whatever path its endpoint has (ARC cluster endpoints end in /v1). */
    static MappingBuilder target(String target) {
        return post(urlPathMatching("/.*")).withHeader("X-Amz-Target", equalTo(target));
    }

    static Resource resource(String id, String kind, Map<String, String> observe) {
        return new Resource(id, kind, id, id, null, null, observe, Map.of());
    }

    static ActionRequest request(String kind, Resource target, Map<String, String> params, Duration timeout) {
        return new ActionRequest(kind, Optional.of(target), Optional.empty(), params, timeout);
    }

    @Override
    public void close() {
        server.stop();
    }
}
