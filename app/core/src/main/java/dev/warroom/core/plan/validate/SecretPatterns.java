package dev.warroom.core.plan.validate;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises secrets written into a plan: keys that name one and values that look like one.
 * Placeholders ({@code ${VAR}}, {@code $VAR}, {@code YOUR/SLACK/WEBHOOK}, {@code xxx}) are not secrets.
 * Thread-safe.
 */
final class SecretPatterns {

    private static final List<String> SECRET_WORDS = List.of("password", "passwd", "secret", "token", "apikey", "accesskey",
            "privatekey", "connectionstring", "credential", "webhook");

    /**
     * A pattern and what a match looks like to a reader; group 1 is the secret part, tested for placeholders.
     * Repetitions that could restart at every character are bounded, so scanning stays linear on huge values.
     */
    private record Detector(Pattern pattern, String description) {
    }

    private static final List<Detector> DETECTORS = List.of(
            new Detector(Pattern.compile("-----BEGIN [A-Z ]{0,32}PRIVATE KEY-----()"), "a private key"),
            new Detector(Pattern.compile("[A-Za-z][A-Za-z0-9+.-]{0,30}://[^/\\s:@]{1,256}:([^/\\s@]{1,256})@"), "a URL with a password"),
            new Detector(Pattern.compile("hooks\\.slack\\.com/services/(T[A-Za-z0-9]{1,64}/B[A-Za-z0-9]{1,64}/[A-Za-z0-9]{1,256})"),
                    "a Slack webhook URL"),
            new Detector(Pattern.compile("discord(?:app)?\\.com/api/webhooks/([0-9]{1,64}/[A-Za-z0-9_-]{1,256})"), "a Discord webhook URL"),
            new Detector(Pattern.compile("webhook\\.office\\.com/webhookb2/([A-Za-z0-9@/-]{1,512})"), "a Teams webhook URL"),
            new Detector(Pattern.compile("(?i)(?:password|passwd|pwd) ?= ?([^;\\s'\"&]{1,256})"), "a password in a connection string"),
            new Detector(Pattern.compile("(?i)[?&](?:token|access_token|api_key|apikey|key|sig|secret)=([^&\\s'\"]{1,256})"),
                    "a token in a URL"),
            new Detector(Pattern.compile("(?i)\\bbearer\\s{1,8}([A-Za-z0-9._~+/=-]{8,512})"), "a bearer token"),
            new Detector(Pattern.compile("\\b((?:AKIA|ASIA)[0-9A-Z]{16})\\b"), "an AWS access key id"),
            new Detector(Pattern.compile("\\b(xox[abposr]-[A-Za-z0-9-]{10,256})"), "a Slack token"),
            new Detector(Pattern.compile("\\b(gh[pousr]_[A-Za-z0-9]{30,256})"), "a GitHub token"));

    private static final Pattern WORD = Pattern.compile("[A-Za-z0-9+/=_-]{24,}");
    private static final Pattern PLACEHOLDER = Pattern.compile(
            "\\$\\{|\\$[A-Za-z_(]|\\{\\{|<[^>]*>|(?i:xxx|your|example|placeholder|redacted)|\\*\\*\\*|\\.\\.\\.|…");

    private SecretPatterns() {
    }

    /**
     * Whether a property name says its value is a secret ({@code password}, {@code apiKey}, {@code client_secret} ...).
     * Names ending in {@code Env} hold an environment variable's name, which is how a plan should refer to secrets.
     */
    static boolean namesSecret(String key) {
        if (key == null || key.endsWith("Env") || key.endsWith("_ENV") || key.endsWith("_env")) {
            return false;
        }
        String normalized = key.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        return normalized.equals("pwd") || SECRET_WORDS.stream().anyMatch(normalized::contains);
    }

    /** What the secret in {@code text} looks like ("a Slack webhook URL" ...), if it holds one that is not a placeholder. */
    static Optional<String> findIn(String text) {
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        for (Detector detector : DETECTORS) {
            Matcher m = detector.pattern().matcher(text);
            while (m.find()) {
                if (!isPlaceholder(m.group(1))) {
                    return Optional.of(detector.description());
                }
            }
        }
        Matcher words = WORD.matcher(text);
        while (words.find()) {
            if (looksRandom(words.group()) && !isPlaceholder(words.group())) {
                return Optional.of("a long random token");
            }
        }
        return Optional.empty();
    }

    private static boolean isPlaceholder(String secret) {
        return PLACEHOLDER.matcher(secret).find();
    }

    /** Mixed-case letters and digits with high entropy: keys and tokens, not words, ids or paths. */
    private static boolean looksRandom(String word) {
        boolean upper = word.chars().anyMatch(c -> c >= 'A' && c <= 'Z');
        boolean lower = word.chars().anyMatch(c -> c >= 'a' && c <= 'z');
        boolean digit = word.chars().anyMatch(c -> c >= '0' && c <= '9');
        return upper && lower && digit && entropyBitsPerChar(word) >= 3.5;
    }

    private static double entropyBitsPerChar(String word) {
        int[] counts = new int[128];
        word.chars().forEach(c -> counts[c & 127]++);
        double bits = 0;
        for (int count : counts) {
            if (count > 0) {
                double p = (double) count / word.length();
                bits -= p * Math.log(p) / Math.log(2);
            }
        }
        return bits;
    }
}
