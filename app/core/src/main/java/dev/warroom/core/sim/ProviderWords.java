package dev.warroom.core.sim;

import dev.warroom.core.time.DurationText;
import java.time.Duration;
import java.util.Optional;

/** What each provider says when it refuses, in the words its own tools print. */
final class ProviderWords {

    private static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(20);

    enum Provider { AZURE, AWS, KUBERNETES, POSTGRES, REDIS, OTHER }

    private ProviderWords() {
    }

    static Provider of(SimResource r) {
        String kind = r.kind();
        if (kind.startsWith("azure-") || kind.equals("aks-cluster") || kind.equals("front-door") || kind.equals("traffic-manager")) {
            return Provider.AZURE;
        }
        if (kind.startsWith("aws-") || kind.startsWith("route53-") || kind.equals("eks-cluster")) {
            return Provider.AWS;
        }
        if (kind.startsWith("k8s-")) {
            return Provider.KUBERNETES;
        }
        if (kind.equals("postgres")) {
            return Provider.POSTGRES;
        }
        if (kind.equals("redis")) {
            return Provider.REDIS;
        }
        return Provider.OTHER;
    }

    static String throttled(SimResource r, ScheduledFault fault) {
        Optional<String> said = fault.value().filter(v -> Details.durationText(v).isEmpty());
        if (said.isPresent()) {
            return said.get();
        }
        String retry = DurationText.format(fault.value().flatMap(Details::durationText).orElse(DEFAULT_RETRY_AFTER));
        return switch (of(r)) {
            case AZURE -> "429 Too Many Requests: the subscription's request limit was exceeded; retry after " + retry;
            case AWS -> "ThrottlingException: Rate exceeded; retry after " + retry;
            case KUBERNETES -> "429 Too Many Requests: the API server is rate limiting requests; retry after " + retry;
            default -> "429 Too Many Requests: retry after " + retry;
        };
    }

    static String authFailed(SimResource r, ScheduledFault fault) {
        String expired = "token expired at " + Words.at(fault.from());
        return switch (of(r)) {
            case AZURE -> "AADSTS700082: the refresh token has expired (" + expired + "); sign in again with az login";
            case AWS -> "ExpiredTokenException: the security token included in the request is expired (" + expired
                    + "); refresh the session with aws sso login";
            case KUBERNETES -> "401 Unauthorized: the kubeconfig credentials are no longer valid (" + expired + ")";
            case POSTGRES -> "FATAL: password authentication failed (" + expired + ")";
            case REDIS -> "WRONGPASS invalid username-password pair (" + expired + ")";
            case OTHER -> "401 Unauthorized: " + expired;
        };
    }

    static String unreachable(SimResource r) {
        String where = r.site.region() != null ? r.site.region() + " (" + r.site.id() + ")" : r.site.id();
        return "no answer from " + where + ": connection timed out reaching " + r.name();
    }

    static String refused(SimResource r) {
        return "connection refused by " + r.name();
    }

    static String unavailable(SimResource r) {
        return switch (of(r)) {
            case AZURE -> "the provider reports " + r.name() + " as Unavailable";
            case AWS -> "the provider reports " + r.name() + " as unavailable (status: failed)";
            default -> r.name() + " is unavailable";
        };
    }

    static String dnsRejected(SimResource r, ScheduledFault fault) {
        Optional<String> said = fault.value().filter(v -> !v.isBlank());
        if (said.isPresent()) {
            return said.get();
        }
        return switch (of(r)) {
            case AZURE -> "412 Precondition Failed: the record set " + r.name() + " was changed by another request; the update was rejected";
            case AWS -> "InvalidChangeBatch: the change to " + r.name() + " was rejected (PriorRequestNotComplete)";
            default -> "SERVFAIL: the name server refused the update to " + r.name();
        };
    }
}
