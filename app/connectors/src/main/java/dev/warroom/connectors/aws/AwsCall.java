package dev.warroom.connectors.aws;

import dev.warroom.core.time.DurationText;
import dev.warroom.core.world.ProbeException;
import dev.warroom.core.world.ProbeFailure;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.AbortedException;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * One AWS service call as a commander reads about it ({@code where}: "RDS us-west-2"), and how its
 * failures become a {@link ProbeFailure} with the provider's own words. A service error wrapped by a
 * waiter is judged by the service error inside.
 */
record AwsCall(String where, Optional<URI> endpoint, Duration timeout) {

    private static final Set<String> THROTTLING = Set.of("Throttling", "ThrottlingException", "ThrottledException",
            "RequestThrottled", "RequestThrottledException", "TooManyRequestsException", "RequestLimitExceeded",
            "SlowDown", "PriorRequestNotComplete", "EC2ThrottledException", "ProvisionedThroughputExceededException");
    private static final Set<String> AUTH = Set.of("ExpiredToken", "ExpiredTokenException", "InvalidClientTokenId",
            "UnrecognizedClientException", "SignatureDoesNotMatch", "InvalidSignatureException", "IncompleteSignature",
            "MissingAuthenticationToken", "MissingAuthenticationTokenException", "AccessDenied", "AccessDeniedException",
            "AuthFailure", "InvalidAccessKeyId", "UnauthorizedOperation", "RequestExpired", "NotAuthorized",
            "OptInRequired", "AuthorizationError");
    private static final Set<Integer> GATEWAY = Set.of(502, 503, 504);

    /** Makes the call, turning an SDK failure into a {@link ProbeException} in the provider's words. */
    <T> T ask(Supplier<T> request) throws ProbeException {
        try {
            return request.get();
        } catch (SdkException e) {
            throw failure(e);
        }
    }

    ProbeException failure(RuntimeException e) {
        return new ProbeException(kind(e), words(e), e);
    }

    ProbeFailure kind(RuntimeException e) {
        if (causedBy(e, CredentialChoice.CredentialsUnavailable.class).isPresent()) {
            return ProbeFailure.AUTH_FAILED;
        }
        Optional<AwsServiceException> refused = causedBy(e, AwsServiceException.class);
        if (refused.isPresent()) {
            AwsServiceException service = refused.get();
            String code = code(service);
            if (service.isThrottlingException() || THROTTLING.contains(code)) {
                return ProbeFailure.THROTTLED;
            }
            if (AUTH.contains(code) || service.statusCode() == 401 || service.statusCode() == 403) {
                return ProbeFailure.AUTH_FAILED;
            }
            return GATEWAY.contains(service.statusCode()) || code.equals("EndpointTemporarilyUnavailableException")
                    ? ProbeFailure.UNREACHABLE : ProbeFailure.ERROR;
        }
        if (timedOut(e)) {
            return ProbeFailure.TIMEOUT;
        }
        if (causedBy(e, IOException.class).isPresent()) {
            return ProbeFailure.UNREACHABLE;
        }
        return ProbeFailure.ERROR;
    }

    String words(RuntimeException e) {
        Optional<CredentialChoice.CredentialsUnavailable> credentials = causedBy(e, CredentialChoice.CredentialsUnavailable.class);
        if (credentials.isPresent()) {
            return where + ": " + credentials.get().getMessage();
        }
        Optional<AwsServiceException> refused = causedBy(e, AwsServiceException.class);
        if (refused.isPresent()) {
            AwsServiceException service = refused.get();
            AwsErrorDetails details = service.awsErrorDetails();
            String message = details == null ? service.getMessage() : details.errorMessage();
            String code = code(service);
            String status = code.startsWith("HTTP ") ? "" : " (HTTP " + service.statusCode() + ")";
            return where + ": " + code + status + ": " + AwsWords.firstLine(message)
                    + (service.requestId() == null ? "" : " [request " + service.requestId() + "]");
        }
        if (timedOut(e)) {
            return where + ": no answer within " + DurationText.human(timeout) + endpointWords();
        }
        Optional<IOException> io = causedBy(e, IOException.class);
        if (io.isPresent()) {
            String what = io.get() instanceof ConnectException ? "connection refused"
                    : io.get() instanceof UnknownHostException ? "unknown host"
                    : io.get() instanceof NoRouteToHostException ? "no route to host" : "network error";
            return where + ": " + what + endpointWords() + " (" + AwsWords.firstLine(io.get().getMessage()) + ")";
        }
        return where + ": " + AwsWords.firstLine(e.getMessage());
    }

    private String endpointWords() {
        return endpoint.map(uri -> " from " + uri).orElse("");
    }

    private static boolean timedOut(RuntimeException e) {
        return e instanceof ApiCallTimeoutException || e instanceof ApiCallAttemptTimeoutException || e instanceof AbortedException
                || causedBy(e, SocketTimeoutException.class).isPresent();
    }

    private static String code(AwsServiceException e) {
        AwsErrorDetails details = e.awsErrorDetails();
        String code = details == null ? null : details.errorCode();
        return code == null || code.isBlank() ? "HTTP " + e.statusCode() : code;
    }

    private static <T extends Throwable> Optional<T> causedBy(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return Optional.of(type.cast(t));
            }
        }
        return Optional.empty();
    }
}
