package dev.warroom.connectors.aws;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.SdkClient;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.eks.EksClient;
import software.amazon.awssdk.services.elasticache.ElastiCacheClient;
import software.amazon.awssdk.services.health.HealthClient;
import software.amazon.awssdk.services.rds.RdsClient;
import software.amazon.awssdk.services.route53.Route53Client;
import software.amazon.awssdk.services.route53recoverycluster.Route53RecoveryClusterClient;

/**
 * The SDK clients, built on first use and kept per service, region, endpoint, profile and use, all on
 * one URL-connection HTTP client. Probe clients make one attempt within the call timeout (the board
 * polls again with its own back-off); action clients retry transient failures up to three attempts.
 * Thread-safe.
 */
final class AwsClients implements AutoCloseable {

    enum Use { PROBE, ACTION }

    private record Key(String service, String region, String endpoint, String profile, Use use) {
    }

    private static final int ACTION_ATTEMPTS = 3;

    private final AwsSettings settings;
    private final CredentialChoice credentials;
    private final SdkHttpClient http;
    private final Map<Key, SdkClient> cache = new ConcurrentHashMap<>();
    private final Set<String> profilesUsed = ConcurrentHashMap.newKeySet();

    AwsClients(AwsSettings settings) {
        this.settings = settings;
        this.credentials = new CredentialChoice(settings);
        this.http = UrlConnectionHttpClient.builder()
                .connectionTimeout(settings.callTimeout())
                .socketTimeout(settings.callTimeout())
                .build();
    }

    AwsSettings settings() {
        return settings;
    }

    /** A call to {@code service} in {@code region}, for failure words ("RDS us-west-2"). */
    AwsCall call(String service, String region) {
        return new AwsCall(service + " " + region, settings.endpoint(), settings.callTimeout());
    }

    String identity() {
        Set<String> used = new TreeSet<>(profilesUsed);
        return credentials.words() + (used.isEmpty() ? "" : "; profiles in use: " + String.join(", ", used));
    }

    RdsClient rds(AwsScope scope, Use use) {
        return client(RdsClient.class, RdsClient::builder, scope.region(), settings.endpoint(), scope.profile(), use);
    }

    CloudWatchClient cloudWatch(AwsScope scope, Use use) {
        return client(CloudWatchClient.class, CloudWatchClient::builder, scope.region(), settings.endpoint(), scope.profile(), use);
    }

    ElastiCacheClient elastiCache(AwsScope scope, Use use) {
        return client(ElastiCacheClient.class, ElastiCacheClient::builder, scope.region(), settings.endpoint(), scope.profile(), use);
    }

    EksClient eks(AwsScope scope, Use use) {
        return client(EksClient.class, EksClient::builder, scope.region(), settings.endpoint(), scope.profile(), use);
    }

    /** Route 53 is a global service, signed for us-east-1. */
    Route53Client route53(Optional<String> profile, Use use) {
        return client(Route53Client.class, Route53Client::builder, Region.AWS_GLOBAL, settings.endpoint(), profile, use);
    }

    /** The AWS Health API lives in us-east-1 whatever region it reports on. */
    HealthClient health(Optional<String> profile, Use use) {
        return client(HealthClient.class, HealthClient::builder, Region.US_EAST_1, settings.endpoint(), profile, use);
    }

    /** A Route 53 ARC cluster is reached through its own endpoints, each signed for its region. */
    Route53RecoveryClusterClient arcCluster(URI endpoint, Region region, Optional<String> profile, Use use) {
        return client(Route53RecoveryClusterClient.class, Route53RecoveryClusterClient::builder, region, Optional.of(endpoint), profile, use);
    }

    private <C extends SdkClient, B extends AwsClientBuilder<B, C> & AwsSyncClientBuilder<B, C>> C client(
            Class<C> type, Supplier<B> builder, Region region, Optional<URI> endpoint, Optional<String> profile, Use use) {
        profile.ifPresent(profilesUsed::add);
        Key key = new Key(type.getName(), region.id(), endpoint.map(URI::toString).orElse(""), profile.orElse(""), use);
        return type.cast(cache.computeIfAbsent(key, k -> {
            B b = builder.get()
                    .region(region)
                    .credentialsProvider(credentials.forClient(endpoint, profile))
                    .httpClient(http)
                    .overrideConfiguration(overrides(use));
            endpoint.ifPresent(b::endpointOverride);
            return b.build();
        }));
    }

    private ClientOverrideConfiguration overrides(Use use) {
        Duration call = settings.callTimeout();
        return switch (use) {
            case PROBE -> ClientOverrideConfiguration.builder()
                    .retryStrategy(AwsRetryStrategy.doNotRetry())
                    .apiCallTimeout(call)
                    .build();
            case ACTION -> ClientOverrideConfiguration.builder()
                    .retryStrategy(AwsRetryStrategy.standardRetryStrategy().toBuilder().maxAttempts(ACTION_ATTEMPTS).build())
                    .apiCallAttemptTimeout(call)
                    .apiCallTimeout(call.multipliedBy(ACTION_ATTEMPTS))
                    .build();
        };
    }

    @Override
    public void close() {
        cache.values().forEach(SdkClient::close);
        cache.clear();
        http.close();
    }
}
