package dev.warroom.importer.commands;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** {@code curl} (or {@code wget}) GET of a health endpoint: an HTTP check of an {@code http-health} resource. */
final class CurlCommands implements ToolCommands {

    private static final Set<String> VALUE_OPTIONS = Set.of("-X", "--request", "-H", "--header", "-d", "--data", "--data-raw",
            "--data-binary", "--data-urlencode", "-o", "--output", "-w", "--write-out", "-u", "--user", "-m", "--max-time",
            "--connect-timeout", "--retry", "--retry-delay", "-A", "--user-agent", "-b", "--cookie", "-c", "--cookie-jar",
            "-e", "--referer", "-x", "--proxy", "--cacert", "--cert", "-F", "--form", "-T", "--upload-file", "-O",
            "--output-document", "-t", "--tries", "--timeout", "--resolve");
    private static final Pattern HEALTH_PATH = Pattern.compile("(?i)/(health|healthz|healthcheck|health-check|ready|readyz|livez|ping|status)(/[a-z]*)?/?$");

    @Override
    public Optional<RecognizedCommand> recognize(CommandLine line, ShellState state) {
        String program = line.program();
        if (!program.equals("curl") && !program.equals("wget")) {
            return Optional.empty();
        }
        String method = line.option("-X", "--request").orElse("GET").toUpperCase(Locale.ROOT);
        if (!method.equals("GET") || line.has("-d", "--data", "--data-raw", "--data-binary", "-F", "--form", "-T", "--upload-file",
                "--post-data")) {
            return Optional.empty();
        }
        List<String> urls = line.arguments(VALUE_OPTIONS).stream().skip(1).filter(CurlCommands::looksLikeUrl).toList();
        if (urls.size() != 1) {
            return Optional.empty();
        }
        String url = urls.get(0);
        if (!Placeholder.in(url) && !HEALTH_PATH.matcher(pathOf(url)).find()) {
            return Optional.empty();
        }
        if (Placeholder.in(url) && !HEALTH_PATH.matcher(url).find()) {
            return Optional.empty();
        }
        return ActionDraft.of("http.check")
                .target(Resources.propose("http-health", "health", Resources.observe("url", url), "url")
                        .map(CurlCommands::withoutScheme))
                .done();
    }

    /** {@code health-api-example-com-health}, not {@code health-https-api-…}. */
    private static ProposedResource withoutScheme(ProposedResource resource) {
        String url = resource.observe().get("url").replaceFirst("(?i)^https?://", "");
        return new ProposedResource(ResourceIds.of("health", url), resource.kind(), resource.observe());
    }

    private static boolean looksLikeUrl(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://") || word.startsWith("$") && !word.startsWith("$(");
    }

    private static String pathOf(String url) {
        try {
            String path = URI.create(url).getPath();
            return path == null ? "" : path;
        } catch (IllegalArgumentException e) {
            return url;
        }
    }
}
