package dev.warroom.core.secret;

import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * A secret recognisable by its shape inside any text: a private key, a URL with a password, a webhook
 * URL, a token of a known kind. Group {@code secretGroup} of {@code pattern} is the secret part; the rest
 * of the match stays readable when the secret is redacted.
 *
 * @param description what a match looks like to a reader ("a Slack webhook URL")
 * @param example     a text holding such a secret (made up), to show and test the shape
 * @param hint        text every match contains, checked first to skip the pattern cheaply; empty for none
 * @param accepts     whether a secret part is really a secret (e.g. "bearer authentication" in prose is not)
 */
public record SecretShape(String description, String example, String hint, Pattern pattern, int secretGroup,
        Predicate<String> accepts) {

    SecretShape(String description, String example, String hint, String regex, int secretGroup) {
        this(description, example, hint, Pattern.compile(regex), secretGroup, part -> true);
    }

    /** Whether the pattern can match {@code text} at all, judged by the hint alone. */
    boolean mayOccurIn(String text) {
        return hint.isEmpty() || text.contains(hint);
    }
}
