package dev.warroom.connectors.azure;

import com.azure.core.http.HttpHeaderName;
import com.azure.core.http.HttpMethod;
import com.azure.core.http.HttpPipeline;
import com.azure.core.http.HttpRequest;
import com.azure.core.http.HttpResponse;
import com.azure.core.management.exception.ManagementError;
import com.azure.core.management.exception.ManagementException;
import com.azure.core.util.Context;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * GETs a Resource Manager URL through the connector's authenticated pipeline and reads the JSON.
 * A refusal becomes a {@link ManagementException} carrying Azure's error code and message, as the
 * SDK modules' own calls do, so failures are sorted the same way.
 */
public final class ArmRest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpPipeline pipeline;
    private final String endpoint;

    ArmRest(HttpPipeline pipeline, String endpoint) {
        this.pipeline = pipeline;
        this.endpoint = endpoint;
    }

    /** {@code pathAndQuery} starts with {@code /}, e.g. {@code /subscriptions/S/providers/...?api-version=...}. */
    public JsonNode get(String pathAndQuery) {
        return getUrl(endpoint + pathAndQuery);
    }

    /** An absolute URL, such as a {@code nextLink} Azure returned. */
    public JsonNode getUrl(String url) {
        HttpRequest request = new HttpRequest(HttpMethod.GET, url).setHeader(HttpHeaderName.ACCEPT, "application/json");
        try (HttpResponse response = pipeline.sendSync(request, Context.NONE)) {
            String body = response.getBodyAsBinaryData() == null ? "" : response.getBodyAsBinaryData().toString();
            if (response.getStatusCode() / 100 != 2) {
                throw refusal(response, body);
            }
            return body.isBlank() ? JSON.createObjectNode() : JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ManagementException refusal(HttpResponse response, String body) {
        ManagementError error = null;
        try {
            JsonNode said = JSON.readTree(body).path("error");
            if (said.isObject()) {
                error = new ManagementError(said.path("code").asText(null), said.path("message").asText(null));
            }
        } catch (IOException | RuntimeException unreadable) {
            error = null;
        }
        String message = "Status code " + response.getStatusCode() + (error == null ? "" : ", " + error.getCode() + ": " + error.getMessage());
        return error == null ? new ManagementException(message, response) : new ManagementException(message, response, error);
    }
}
