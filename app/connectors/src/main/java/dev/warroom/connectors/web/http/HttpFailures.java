package dev.warroom.connectors.web.http;

import dev.warroom.core.time.DurationText;
import dev.warroom.core.world.ProbeFailure;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import javax.net.ssl.SSLException;

/** What went wrong talking HTTP, as a board failure and in words a commander can act on. */
public final class HttpFailures {

    private static final Map<Integer, String> REASONS = Map.ofEntries(
            Map.entry(200, "OK"), Map.entry(201, "Created"), Map.entry(202, "Accepted"), Map.entry(204, "No Content"),
            Map.entry(301, "Moved Permanently"), Map.entry(302, "Found"), Map.entry(304, "Not Modified"),
            Map.entry(400, "Bad Request"), Map.entry(401, "Unauthorized"), Map.entry(403, "Forbidden"), Map.entry(404, "Not Found"),
            Map.entry(405, "Method Not Allowed"), Map.entry(408, "Request Timeout"), Map.entry(410, "Gone"),
            Map.entry(429, "Too Many Requests"), Map.entry(500, "Internal Server Error"), Map.entry(502, "Bad Gateway"),
            Map.entry(503, "Service Unavailable"), Map.entry(504, "Gateway Timeout"));

    private HttpFailures() {
    }

    /** How a failed call shows on the board. */
    public static ProbeFailure failure(IOException e) {
        if (e instanceof HttpTimeoutException) {
            return ProbeFailure.TIMEOUT;
        }
        if (cause(e, SSLException.class).isPresent()) {
            return ProbeFailure.ERROR;
        }
        return ProbeFailure.UNREACHABLE;
    }

    /** What happened, in words; never more of the URL than its host and port. */
    public static String words(URI uri, Duration timeout, IOException e) {
        String where = hostPort(uri);
        if (e instanceof HttpConnectTimeoutException) {
            return "no connection to " + where + " within " + DurationText.format(timeout);
        }
        if (e instanceof HttpTimeoutException) {
            return "no answer from " + where + " within " + DurationText.format(timeout);
        }
        if (cause(e, UnresolvedAddressException.class).isPresent() || cause(e, UnknownHostException.class).isPresent()) {
            return "cannot resolve " + uri.getHost();
        }
        Optional<SSLException> tls = cause(e, SSLException.class);
        if (tls.isPresent()) {
            return "TLS with " + where + " failed: " + tls.get().getMessage();
        }
        Optional<String> message = firstMessage(e);
        if (cause(e, ConnectException.class).isPresent()) {
            // the JDK client's ConnectException often has no message; a ConnectException is a refusal unless it says otherwise
            return message.filter(m -> !m.toLowerCase(java.util.Locale.ROOT).contains("refused"))
                    .map(m -> "cannot connect to " + where + ": " + m).orElse("connection refused by " + where);
        }
        return "the connection to " + where + " failed: " + message.orElse(e.getClass().getSimpleName());
    }

    /** {@code 503 Service Unavailable}. */
    public static String status(int code) {
        String reason = REASONS.get(code);
        return reason == null ? Integer.toString(code) : code + " " + reason;
    }

    /** The failure an HTTP status means for a probe, if it means one: throttling or refused credentials. */
    public static Optional<ProbeFailure> failureOf(int code) {
        return switch (code) {
            case 429 -> Optional.of(ProbeFailure.THROTTLED);
            case 401, 403 -> Optional.of(ProbeFailure.AUTH_FAILED);
            default -> Optional.empty();
        };
    }

    static String hostPort(URI uri) {
        int port = uri.getPort() >= 0 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
        return uri.getHost() + ":" + port;
    }

    private static Optional<String> firstMessage(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                return Optional.of(t.getMessage());
            }
        }
        return Optional.empty();
    }

    private static <T extends Throwable> Optional<T> cause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return Optional.of(type.cast(t));
            }
        }
        return Optional.empty();
    }
}
