package dev.warroom.connectors.azure;

import com.azure.core.exception.ClientAuthenticationException;
import com.azure.core.exception.HttpResponseException;
import com.azure.core.http.HttpHeaderName;
import com.azure.core.http.HttpResponse;
import com.azure.core.management.exception.ManagementError;
import com.azure.core.management.exception.ManagementException;
import com.fasterxml.jackson.core.JsonProcessingException;
import dev.warroom.core.world.ProbeFailure;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLException;

/**
 * Sorts what went wrong in an Azure call into a {@link ProbeFailure}: throttling (429), refused or
 * expired credentials (401/403, sign-in errors), timeouts, unreachable endpoints, and everything
 * else, keeping Azure's own error code and message. Tokens never appear: Azure does not echo them.
 */
public final class AzureFailures {

    private static final int MAX_WORDS = 400;

    private AzureFailures() {
    }

    /** The first cause Azure or the network gave a meaning to; a bare I/O failure last, as the connection breaking. */
    public static AzureFailure of(Throwable error) {
        Throwable t = error;
        for (int depth = 0; t != null && depth < 12; depth++, t = t.getCause()) {
            if (t instanceof AzurePlanProblem) {
                return new AzureFailure(ProbeFailure.ERROR, t.getMessage());
            }
            if (t instanceof ClientAuthenticationException) {
                return new AzureFailure(ProbeFailure.AUTH_FAILED,
                        "Azure sign-in failed: " + shorten(t.getMessage()) + " (sign in again with az login)");
            }
            if (t instanceof HttpResponseException http && http.getResponse() != null) {
                return ofResponse(http);
            }
            if (t instanceof HttpConnectTimeoutException) {
                return new AzureFailure(ProbeFailure.UNREACHABLE, "no answer from Azure Resource Manager: connection timed out");
            }
            if (t instanceof HttpTimeoutException || t instanceof SocketTimeoutException || t instanceof TimeoutException) {
                return new AzureFailure(ProbeFailure.TIMEOUT, "Azure Resource Manager did not answer in time (" + shorten(t.getMessage()) + ")");
            }
            if (t instanceof ConnectException || t instanceof NoRouteToHostException) {
                return new AzureFailure(ProbeFailure.UNREACHABLE, "cannot reach Azure Resource Manager: connection refused");
            }
            if (t instanceof UnknownHostException || t instanceof UnresolvedAddressException) {
                return new AzureFailure(ProbeFailure.UNREACHABLE, "cannot reach Azure Resource Manager: host name does not resolve");
            }
            if (t instanceof SSLException) {
                return new AzureFailure(ProbeFailure.ERROR, "TLS with Azure Resource Manager failed: " + shorten(t.getMessage()));
            }
        }
        t = error;
        for (int depth = 0; t != null && depth < 12; depth++, t = t.getCause()) {
            if (t instanceof IOException && !(t instanceof JsonProcessingException)) {
                return new AzureFailure(ProbeFailure.UNREACHABLE, "the connection to Azure Resource Manager broke (" + shorten(t.getMessage()) + ")");
            }
        }
        String said = error.getMessage() == null ? error.getClass().getSimpleName() : shorten(error.getMessage());
        return new AzureFailure(ProbeFailure.ERROR, said);
    }

    private static AzureFailure ofResponse(HttpResponseException http) {
        HttpResponse response = http.getResponse();
        int status = response.getStatusCode();
        String said = azureSays(http, status);
        return switch (status) {
            case 429 -> new AzureFailure(ProbeFailure.THROTTLED, "Azure is throttling requests (" + said + ")" + retryAfter(response));
            case 401 -> new AzureFailure(ProbeFailure.AUTH_FAILED, "Azure refused the credentials (" + said + "); sign in again with az login");
            case 403 -> new AzureFailure(ProbeFailure.AUTH_FAILED, "Azure denied access (" + said + ")");
            case 408, 504 -> new AzureFailure(ProbeFailure.TIMEOUT, "Azure timed out (" + said + ")");
            case 404 -> new AzureFailure(ProbeFailure.ERROR, "not found in Azure (" + said + ")");
            default -> new AzureFailure(ProbeFailure.ERROR, "Azure answered " + said + (status >= 500 ? retryAfter(response) : ""));
        };
    }

    /** {@code 429 SubscriptionRequestsThrottled: Number of read requests ... exceeded}. */
    private static String azureSays(HttpResponseException http, int status) {
        ManagementError error = http instanceof ManagementException m ? m.getValue() : null;
        if (error != null && (error.getCode() != null || error.getMessage() != null)) {
            String code = error.getCode() == null ? "" : " " + error.getCode();
            String message = error.getMessage() == null ? "" : ": " + error.getMessage();
            return shorten(status + code + message);
        }
        String message = http.getMessage() == null ? "" : http.getMessage();
        return shorten(message.startsWith("Status code") ? message : status + ": " + message);
    }

    private static String retryAfter(HttpResponse response) {
        String value = response.getHeaderValue(HttpHeaderName.RETRY_AFTER);
        if (value == null || value.isBlank()) {
            return "";
        }
        return value.strip().matches("[0-9]+") ? "; retry after " + value.strip() + "s" : "; retry after " + value.strip();
    }

    static String shorten(String text) {
        if (text == null) {
            return "";
        }
        String oneLine = text.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= MAX_WORDS ? oneLine : oneLine.substring(0, MAX_WORDS - 1) + "…";
    }
}
