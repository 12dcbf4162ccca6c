package dev.warroom.core.secret;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The one vocabulary of secrets that the plan validator flags and the journal's redactor removes: the
 * names that say a value is a secret ({@code password}, {@code dbPassword}, {@code PGPASSWORD},
 * {@code x-api-key}, {@code authorization}, {@code cookie}, {@code webhookUrl}), the names that are only
 * ABOUT a secret ({@code passwordEnv}, {@code secretName}, {@code tokenType}), and the shapes of secrets
 * inside text ({@link #shapes()}). Thread-safe.
 */
public final class SecretVocabulary {

    /** Words that name a secret on their own. */
    private static final Set<String> SECRET_WORDS = Set.of(
            "password", "passwords", "passwd", "passphrase", "pwd", "secret", "secrets", "token",
            "credential", "credentials", "authorization", "cookie", "sig", "webhook", "apikey", "privatekey",
            "accesskey", "secretkey", "accountkey", "sharedaccesskey", "connectionstring", "connstr", "sas");

    /** Adjacent words that together name a secret: {@code api key}, {@code connection string}. */
    private static final Set<String> SECRET_COMPOUNDS = Set.of(
            "apikey", "accesskey", "secretkey", "privatekey", "accountkey", "sharedaccesskey", "connectionstring",
            "webhookurl", "sshkey", "signingkey", "encryptionkey", "masterkey", "sessionkey", "primarykey",
            "secondarykey", "storagekey", "clientsecret", "accesstoken", "sastoken");

    /** A last word that makes the name ABOUT a secret rather than the secret itself. */
    private static final Set<String> ABOUT_A_SECRET = Set.of(
            "env", "var", "name", "names", "id", "ids", "ref", "file", "path", "policy", "length", "count",
            "type", "kind", "expiry", "expires", "expiration", "ttl", "rotation", "rotated", "age", "hint",
            "set", "present", "required", "source", "at", "date", "time", "timestamp");

    /** Environment-variable references are names, not secrets: {@code ${CF_TOKEN}}, {@code $PGPASSWORD}. */
    private static final Pattern ENVIRONMENT_REFERENCE = Pattern.compile("\\$\\{[A-Za-z_][A-Za-z0-9_]*}|\\$[A-Z_][A-Z0-9_]*");

    /** What people write in documents where a secret goes: {@code ${VAR}}, {@code $VAR}, {@code YOUR/SLACK/WEBHOOK}, {@code xxx}. */
    private static final Pattern PLACEHOLDER = Pattern.compile(
            "\\$\\{|\\$[A-Za-z_(]|\\{\\{|<[^>]*>|(?i:xxx|your|example|placeholder|redacted)|\\*\\*\\*|\\.\\.\\.|…");

    private static final String URL_TAIL = "([^\\s\"'<>]+)";

    /**
     * Repetitions that could restart at every character are bounded or possessive, so that scanning stays
     * linear on huge hostile values.
     */
    private static final List<SecretShape> SHAPES = List.of(
            new SecretShape("a private key", "-----BEGIN RSA PRIVATE KEY-----\nMIIEfake\n-----END RSA PRIVATE KEY-----", "PRIVATE KEY",
                    Pattern.compile("-----BEGIN ([A-Z0-9 ]{0,40}PRIVATE KEY[A-Z ]{0,20})-----(.*?)(?:-----END \\1-----|\\z)", Pattern.DOTALL),
                    2, part -> true),
            new SecretShape("a URL with a password", "psql postgres://app:s3cr3t@db.internal:5432/app", "://",
                    "(?i)\\b[a-z][a-z0-9+.\\-]{0,31}+://[^\\s/:@?#]*+:([^\\s@/?#]++)@", 1),
            new SecretShape("a Slack webhook URL", "curl https://hooks.slack.com/services/T0FAKE01/B0FAKE02/fakeFAKEfake0123456789ab", "://",
                    "(?i)https?://hooks\\.slack\\.com/(?:services|workflows|triggers)/" + URL_TAIL, 1),
            new SecretShape("a Teams webhook URL", "https://contoso.webhook.office.com/webhookb2/0000-fake@1111/IncomingWebhook/fa4e0b", "://",
                    "(?i)https?://(?:[a-z0-9.-]{0,253}webhook\\.office\\.com|outlook\\.office(?:365)?\\.com/webhook)/" + URL_TAIL, 1),
            new SecretShape("a Logic Apps or Power Automate webhook URL",
                    "https://prod-01.westeurope.logic.azure.com:443/workflows/0fake/triggers/manual/paths/invoke?sig=fakeSig01", "://",
                    "(?i)https?://[a-z0-9.-]{1,253}\\.(?:logic\\.azure\\.com|api\\.powerplatform\\.com)(?::\\d{1,5})?/" + URL_TAIL, 1),
            new SecretShape("a Discord webhook URL", "https://discord.com/api/webhooks/123456789/fakeFAKEfake-token", "://",
                    "(?i)https?://(?:ptb\\.|canary\\.)?discord(?:app)?\\.com/api/webhooks/" + URL_TAIL, 1),
            new SecretShape("an AWS access key id", "export AWS_ACCESS_KEY_ID=AKIAQ3EGUJ4RS6VXYB7Z", "",
                    "(?<![A-Z0-9])((?:AKIA|ASIA)[A-Z0-9]{16})(?![A-Z0-9])", 1),
            new SecretShape("a GitHub token", "git clone https://ghp_FAKEfake0123456789FAKEfake0123456789@github.com/org/dr.git", "",
                    "(?<![A-Za-z0-9_])(gh[pousr]_[A-Za-z0-9]{30,255}+|github_pat_[A-Za-z0-9_]{22,255}+)", 1),
            new SecretShape("a Slack token", "SLACK=xoxb-0000fake-1111fake", "xox",
                    "(?<![A-Za-z0-9])(xox[abposr]-[A-Za-z0-9-]{10,256}+)", 1),
            new SecretShape("a JSON web token", "session eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJvcHMifQ.c2lnbmF0dXJlLWZha2U accepted", "eyJ",
                    "(?<![A-Za-z0-9_-])(eyJ[A-Za-z0-9_-]{2,}+\\.[A-Za-z0-9_-]{2,}+\\.[A-Za-z0-9_-]*+)", 1),
            new SecretShape("a bearer token", "curl -H 'Authorization: Bearer 9f8e7d6c5b4a39281706' https://api.example", "",
                    Pattern.compile("(?i)\\bbearer\\s{1,8}([A-Za-z0-9\\-._~+/]{1,512}+=*)"), 1, SecretVocabulary::looksLikeToken),
            new SecretShape("a secret given as a command-line option", "mysql -h db1 --password s3cr3t-flag -e 'select 1'", "--",
                    "(?i)--(?:[a-z0-9]{1,64}+-){0,8}(?:password|passwd|pwd|passphrase|secret|token|api-?key|access-?key|secret-?key"
                            + "|private-?key|account-?key|sas-?token|client-?secret)(?:\\s{1,8}+|=)(\"[^\"\\n]*\"|'[^'\\n]*'|[^\\s\"'-][^\\s\"']*+)",
                    1));

    private SecretVocabulary() {
    }

    /**
     * Whether a name says its value is a secret ({@code dbPassword}: yes), not merely something about one
     * ({@code passwordEnv}, {@code secretName}, {@code tokenType}: no).
     */
    public static boolean isSecretName(String name) {
        if (name == null) {
            return false;
        }
        List<String> words = words(name);
        if (words.isEmpty() || (words.size() > 1 && ABOUT_A_SECRET.contains(words.get(words.size() - 1)))) {
            return false;
        }
        for (int i = 0; i < words.size(); i++) {
            if (isSecretWord(words.get(i))) {
                return true;
            }
            String joined = words.get(i);
            for (int j = i + 1; j < Math.min(words.size(), i + 3); j++) {
                joined += words.get(j);
                if (SECRET_COMPOUNDS.contains(joined)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Every name of a secret this vocabulary knows, single words and compounds, in lower case. */
    public static Set<String> secretNames() {
        Set<String> names = new TreeSet<>(SECRET_WORDS);
        names.addAll(SECRET_COMPOUNDS);
        return names;
    }

    /** The last words that turn a secret's name into a name about it ({@code env}, {@code name}, {@code type}, …). */
    public static Set<String> aboutASecret() {
        return new TreeSet<>(ABOUT_A_SECRET);
    }

    /** The shapes of secrets inside text, most specific first. */
    public static List<SecretShape> shapes() {
        return SHAPES;
    }

    /** Whether the whole value refers to an environment variable ({@code ${CF_TOKEN}}, {@code $PGPASSWORD}). */
    public static boolean isEnvironmentReference(String value) {
        return ENVIRONMENT_REFERENCE.matcher(value).matches();
    }

    /** Whether a value holds a placeholder as written in documents ({@code ${VAR}}, {@code YOUR/WEBHOOK}, {@code xxx}, {@code ...}). */
    public static boolean holdsPlaceholder(String value) {
        return PLACEHOLDER.matcher(value).find();
    }

    private static boolean isSecretWord(String word) {
        return SECRET_WORDS.contains(word) || SECRET_COMPOUNDS.contains(word) || word.contains("password")
                || word.contains("passwd") || word.endsWith("pwd") || word.endsWith("secret") || word.endsWith("token")
                || word.endsWith("apikey");
    }

    /** "Bearer eyJ0…" or "Bearer 8f3a…" is a token; "bearer authentication" in prose is not. */
    private static boolean looksLikeToken(String candidate) {
        return candidate.length() >= 8 && (candidate.length() >= 24 || candidate.chars().anyMatch(Character::isDigit));
    }

    /** {@code dbPassword} → db, password; {@code X-API-Key} → x, api, key; {@code PG_PASSWORD} → pg, password. */
    static List<String> words(String name) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                flush(word, words);
                continue;
            }
            if (Character.isUpperCase(c) && word.length() > 0) {
                char before = name.charAt(i - 1);
                boolean nextIsLower = i + 1 < name.length() && Character.isLowerCase(name.charAt(i + 1));
                if (Character.isLowerCase(before) || Character.isDigit(before)
                        || (Character.isUpperCase(before) && nextIsLower)) {
                    flush(word, words);
                }
            }
            word.append(c);
        }
        flush(word, words);
        return words;
    }

    private static void flush(StringBuilder word, List<String> words) {
        if (word.length() > 0) {
            words.add(word.toString().toLowerCase(Locale.ROOT));
            word.setLength(0);
        }
    }
}
