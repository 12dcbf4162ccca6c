package dev.warroom.connectors.aws;

import dev.warroom.connectors.EndpointWords;
import dev.warroom.connectors.Reaches;
import dev.warroom.core.world.Reach;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.profiles.ProfileFile;

/**
 * Which credentials a client signs with. A client whose endpoint is on this machine's loopback talks to
 * a stand-in (the local lab, a test server) that checks no signature: it signs with fixed drill
 * credentials, so a drill needs no AWS account. Every other client uses the plan's {@code profile}
 * ({@link ProfileCredentialsProvider}, SSO profiles included) or, without one, the default chain.
 * Failures to find credentials are marked so they read as "auth failed", not as a network error.
 */
final class CredentialChoice {

    private static final AwsCredentialsProvider DRILL =
            StaticCredentialsProvider.create(AwsBasicCredentials.create("warroom-drill", "warroom-drill"));

    private final AwsSettings settings;

    CredentialChoice(AwsSettings settings) {
        this.settings = settings;
    }

    AwsCredentialsProvider forClient(Optional<URI> endpoint, Optional<String> profile) {
        if (endpoint.map(uri -> Reaches.forUrl(uri.toString()) == Reach.DRILL_ENVIRONMENT).orElse(false)) {
            return DRILL;
        }
        return new Explained(profile.or(settings::defaultProfile), this);
    }

    /** Who the connector acts as, in words; no network. */
    String words() {
        if (settings.endpoint().isPresent() && settings.reach() == Reach.DRILL_ENVIRONMENT) {
            return "AWS stand-in at " + EndpointWords.of(settings.endpoint().get()) + " (static drill credentials)";
        }
        String base = settings.defaultProfile().map(p -> "AWS profile " + p + " (AWS_PROFILE)")
                .orElse("AWS default credential chain");
        return base + "; a plan's observe.profile picks another profile per resource";
    }

    private Optional<ProfileFile> profileFile() {
        if (settings.configFile().isEmpty() && settings.credentialsFile().isEmpty()) {
            return Optional.empty();
        }
        ProfileFile.Aggregator files = ProfileFile.aggregator();
        Path home = Path.of(System.getProperty("user.home"), ".aws");
        addIfPresent(files, settings.configFile().orElse(home.resolve("config")), ProfileFile.Type.CONFIGURATION);
        addIfPresent(files, settings.credentialsFile().orElse(home.resolve("credentials")), ProfileFile.Type.CREDENTIALS);
        return Optional.of(files.build());
    }

    private static void addIfPresent(ProfileFile.Aggregator files, Path path, ProfileFile.Type type) {
        if (Files.isRegularFile(path)) {
            files.addFile(ProfileFile.builder().content(path).type(type).build());
        }
    }

    /** Builds the real provider on first use and turns its failures into words a commander can act on. */
    private static final class Explained implements AwsCredentialsProvider {
        private final Optional<String> profile;
        private final CredentialChoice owner;
        private volatile AwsCredentialsProvider inner;

        Explained(Optional<String> profile, CredentialChoice owner) {
            this.profile = profile;
            this.owner = owner;
        }

        @Override
        public AwsCredentials resolveCredentials() {
            try {
                return provider().resolveCredentials();
            } catch (RuntimeException e) {
                String said = AwsWords.firstLine(e.getMessage());
                String words = profile.map(p -> "no usable AWS credentials for profile '" + p + "' (" + said
                                + "); sign in with: aws sso login --profile " + p)
                        .orElse("no AWS credentials found by the default chain (" + said
                                + "); name a profile in the plan or set AWS_PROFILE, then sign in with: aws sso login");
                throw SdkClientException.builder().message(words).cause(new CredentialsUnavailable(words, e)).build();
            }
        }

        private AwsCredentialsProvider provider() {
            AwsCredentialsProvider p = inner;
            if (p == null) {
                synchronized (this) {
                    if (inner == null) {
                        inner = build();
                    }
                    p = inner;
                }
            }
            return p;
        }

        private AwsCredentialsProvider build() {
            Optional<ProfileFile> file = owner.profileFile();
            if (profile.isPresent()) {
                ProfileCredentialsProvider.Builder b = ProfileCredentialsProvider.builder().profileName(profile.get());
                file.ifPresent(b::profileFile);
                return b.build();
            }
            DefaultCredentialsProvider.Builder b = DefaultCredentialsProvider.builder();
            file.ifPresent(b::profileFile);
            return b.build();
        }
    }

    /** Marks a failure to find credentials somewhere in an SDK exception's causes. */
    static final class CredentialsUnavailable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        CredentialsUnavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
