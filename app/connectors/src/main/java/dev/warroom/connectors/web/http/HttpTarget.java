package dev.warroom.connectors.web.http;

import dev.warroom.core.plan.model.Resource;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;

/** The endpoint an http-health resource names: its URL, method and expected status. */
record HttpTarget(URI uri, String method, Optional<Integer> expectStatus) {

    /** Reads the resource's observe keys, or says what is wrong with them. */
    static HttpTarget of(Resource resource) throws BadTargetException {
        String url = resource.observe().get("url");
        if (url == null || url.isBlank()) {
            throw new BadTargetException("resource '" + resource.id() + "' has no observe.url");
        }
        URI uri;
        try {
            uri = URI.create(url.strip());
        } catch (IllegalArgumentException e) {
            throw new BadTargetException("observe.url of '" + resource.id() + "' is not a URL: " + e.getMessage());
        }
        if (uri.getHost() == null || !("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))) {
            throw new BadTargetException("observe.url of '" + resource.id() + "' must be an http:// or https:// URL with a host");
        }
        String method = Optional.ofNullable(resource.observe().get("method")).map(m -> m.strip().toUpperCase(Locale.ROOT))
                .filter(m -> !m.isEmpty()).orElse("GET");
        if (!method.matches("[A-Z]+")) {
            throw new BadTargetException("observe.method of '" + resource.id() + "' must be an HTTP method such as GET or HEAD");
        }
        String expect = resource.observe().get("expectStatus");
        Optional<Integer> expected = Optional.empty();
        if (expect != null && !expect.isBlank()) {
            if (!expect.strip().matches("[1-5][0-9][0-9]")) {
                throw new BadTargetException("observe.expectStatus of '" + resource.id() + "' must be an HTTP status such as 200");
            }
            expected = Optional.of(Integer.parseInt(expect.strip()));
        }
        return new HttpTarget(uri, method, expected);
    }

    /** Whether a status means the endpoint is up: the expected one if the plan names it, else any 2xx or 3xx. */
    boolean isUp(int status) {
        return expectStatus.map(e -> e == status).orElse(status >= 200 && status < 400);
    }

    /** A resource whose observe keys do not describe an endpoint. */
    static final class BadTargetException extends Exception {
        private static final long serialVersionUID = 1L;

        BadTargetException(String message) {
            super(message);
        }
    }
}
