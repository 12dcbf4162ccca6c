package dev.warroom.connectors.kubernetes;

import dev.warroom.core.world.ProbeException;
import dev.warroom.core.world.ProbeFailure;
import io.fabric8.kubernetes.api.model.Status;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.io.EOFException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.ClosedChannelException;
import java.util.concurrent.TimeoutException;

/**
 * Puts what went wrong between us and an API server into a {@link ProbeFailure} and words that name
 * the context and server, never a credential.
 */
final class KubeFailures {

    private KubeFailures() {
    }

    static ProbeException of(KubeContext context, Throwable error) {
        KubernetesClientException answered = answeredStatus(error);
        if (answered != null) {
            return fromStatus(context, answered, error);
        }
        Throwable root = root(error);
        String where = "API server " + context.server() + " of context " + context.name();
        if (root instanceof HttpConnectTimeoutException) {
            return new ProbeException(ProbeFailure.UNREACHABLE, where + " did not accept a connection in time", error);
        }
        if (root instanceof HttpTimeoutException || root instanceof SocketTimeoutException || root instanceof TimeoutException) {
            return new ProbeException(ProbeFailure.TIMEOUT, where + " did not answer in time", error);
        }
        if (root instanceof ConnectException || root instanceof NoRouteToHostException || root instanceof ClosedChannelException
                || root instanceof EOFException) {
            return new ProbeException(ProbeFailure.UNREACHABLE, where + " is unreachable: " + words(root, "connection refused"), error);
        }
        if (root instanceof UnknownHostException) {
            return new ProbeException(ProbeFailure.UNREACHABLE, where + " is unreachable: unknown host " + root.getMessage(), error);
        }
        return new ProbeException(ProbeFailure.ERROR, where + ": " + words(root, root.getClass().getSimpleName()), error);
    }

    /** The same failure in one line, for an action's result. */
    static String words(KubeContext context, Throwable error) {
        ProbeException e = of(context, error);
        return e.getMessage();
    }

    private static ProbeException fromStatus(KubeContext context, KubernetesClientException answered, Throwable error) {
        int code = answered.getCode();
        String said = statusWords(answered);
        String where = "API server " + context.server() + " of context " + context.name();
        return switch (code) {
            case 401 -> new ProbeException(ProbeFailure.AUTH_FAILED,
                    where + " refused the credentials of user " + context.user() + " (401 " + said + ")", error);
            case 403 -> new ProbeException(ProbeFailure.AUTH_FAILED,
                    where + " denied user " + context.user() + " (403 " + said + ")", error);
            case 429 -> new ProbeException(ProbeFailure.THROTTLED, where + " is throttling requests (429 " + said + ")", error);
            case 504 -> new ProbeException(ProbeFailure.TIMEOUT, where + " timed out (504 " + said + ")", error);
            default -> new ProbeException(ProbeFailure.ERROR, where + " answered " + code + " " + said, error);
        };
    }

    private static KubernetesClientException answeredStatus(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof KubernetesClientException k && k.getCode() > 0) {
                return k;
            }
        }
        return null;
    }

    private static String statusWords(KubernetesClientException e) {
        Status status = e.getStatus();
        if (status != null && status.getMessage() != null && !status.getMessage().isBlank()) {
            return status.getMessage().strip();
        }
        if (status != null && status.getReason() != null) {
            return status.getReason();
        }
        return "(no message)";
    }

    private static Throwable root(Throwable error) {
        Throwable t = error;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }

    private static String words(Throwable t, String fallback) {
        String message = t.getMessage();
        return message == null || message.isBlank() ? fallback : message.lines().findFirst().orElse(fallback);
    }
}
