package dev.warroom.connectors.aws;

import dev.warroom.connectors.ConnectorSettings;
import dev.warroom.connectors.EndpointWords;
import dev.warroom.connectors.Reaches;
import dev.warroom.core.time.DurationText;
import dev.warroom.core.world.Reach;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The AWS connector's settings, read once from {@link ConnectorSettings}:
 * <ul>
 * <li>{@code WARROOM_AWS_ENDPOINT} — one endpoint for every AWS client (a local stand-in such as
 * {@code http://127.0.0.1:4566}); unset means the real regional endpoints;</li>
 * <li>{@code WARROOM_AWS_TIMEOUT} — how long one API call may take (default 10s);</li>
 * <li>{@code WARROOM_AWS_POLL} — how often a long-running action is polled (default 10s);</li>
 * <li>{@code AWS_PROFILE}, {@code AWS_CONFIG_FILE}, {@code AWS_SHARED_CREDENTIALS_FILE} — as the AWS CLI reads them.</li>
 * </ul>
 * A value that cannot be read falls back to the default, and {@link #problems()} says so.
 */
record AwsSettings(
        Optional<URI> endpoint,
        Duration callTimeout,
        Duration pollInterval,
        Optional<String> defaultProfile,
        Optional<Path> configFile,
        Optional<Path> credentialsFile,
        List<String> problems) {

    static final String ENDPOINT = "WARROOM_AWS_ENDPOINT";
    static final String TIMEOUT = "WARROOM_AWS_TIMEOUT";
    static final String POLL = "WARROOM_AWS_POLL";
    static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
    static final Duration DEFAULT_POLL = Duration.ofSeconds(10);

    AwsSettings {
        problems = List.copyOf(problems);
    }

    static AwsSettings from(ConnectorSettings settings) {
        List<String> problems = new ArrayList<>();
        Optional<URI> endpoint = settings.get(ENDPOINT).flatMap(text -> endpoint(text, problems));
        Duration timeout = duration(settings, TIMEOUT, DEFAULT_TIMEOUT, problems);
        Duration poll = duration(settings, POLL, DEFAULT_POLL, problems);
        return new AwsSettings(endpoint, timeout, poll, settings.get("AWS_PROFILE"),
                settings.get("AWS_CONFIG_FILE").map(Path::of), settings.get("AWS_SHARED_CREDENTIALS_FILE").map(Path::of), problems);
    }

    /** Where actions land: a stand-in on this machine is a drill environment, anything else live. */
    Reach reach() {
        return endpoint.map(uri -> Reaches.forUrl(uri.toString())).orElse(Reach.LIVE);
    }

    private static Optional<URI> endpoint(String text, List<String> problems) {
        try {
            URI uri = URI.create(text.strip());
            if (uri.getScheme() != null && uri.getScheme().matches("https?") && uri.getHost() != null) {
                return Optional.of(uri);
            }
        } catch (IllegalArgumentException e) {
            // explained below
        }
        problems.add(ENDPOINT + " '" + EndpointWords.of(text) + "' is not an http(s) URL such as http://127.0.0.1:4566; using the real AWS endpoints");
        return Optional.empty();
    }

    private static Duration duration(ConnectorSettings settings, String name, Duration fallback, List<String> problems) {
        Optional<String> text = settings.get(name);
        if (text.isEmpty()) {
            return fallback;
        }
        Optional<Duration> parsed = DurationText.parse(text.get().strip()).filter(d -> !d.isZero());
        if (parsed.isEmpty()) {
            problems.add(name + ": " + DurationText.explain(text.get()) + "; using " + DurationText.format(fallback));
        }
        return parsed.orElse(fallback);
    }
}
