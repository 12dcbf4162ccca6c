package dev.warroom.core.plan.validate;

import dev.warroom.core.secret.SecretText;
import dev.warroom.core.secret.SecretVocabulary;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises secrets written into a plan: keys that name one and values that look like one, by the
 * {@link SecretVocabulary} the journal's redactor uses too, plus long random-looking tokens.
 * Placeholders ({@code ${VAR}}, {@code $VAR}, {@code YOUR/SLACK/WEBHOOK}, {@code xxx}) are not secrets.
 * Thread-safe.
 */
final class SecretPatterns {

    private static final Pattern WORD = Pattern.compile("[A-Za-z0-9+/=_-]{24,}");

    private SecretPatterns() {
    }

    /**
     * Whether a property name says its value is a secret ({@code password}, {@code apiKey}, {@code client_secret} ...).
     * Names ending in {@code Env} hold an environment variable's name, which is how a plan should refer to secrets.
     */
    static boolean namesSecret(String key) {
        return SecretVocabulary.isSecretName(key);
    }

    /** What the secret in {@code text} looks like ("a Slack webhook URL" ...), if it holds one that is not a placeholder. */
    static Optional<String> findIn(String text) {
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> known = SecretText.find(text);
        if (known.isPresent()) {
            return known;
        }
        Matcher words = WORD.matcher(text);
        while (words.find()) {
            if (looksRandom(words.group()) && !SecretVocabulary.holdsPlaceholder(words.group())) {
                return Optional.of("a long random token");
            }
        }
        return Optional.empty();
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
