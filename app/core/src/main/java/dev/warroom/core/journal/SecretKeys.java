package dev.warroom.core.journal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a field name says its value is a secret: {@code password}, {@code dbPassword},
 * {@code PGPASSWORD}, {@code x-api-key}, {@code connectionString}, {@code webhookUrl} are;
 * {@code passwordEnv} (which holds the NAME of an environment variable), {@code secretName},
 * {@code tokenType} are not.
 */
final class SecretKeys {

    private static final Set<String> SECRET_WORDS = Set.of(
            "password", "passwords", "passwd", "passphrase", "pwd", "secret", "secrets", "token",
            "credential", "credentials", "authorization", "cookie", "sig", "webhook", "apikey", "privatekey",
            "accesskey", "secretkey", "accountkey", "sharedaccesskey", "connectionstring", "connstr", "sas");

    /** Adjacent words that together name a secret: {@code api key}, {@code connection string}. */
    private static final Set<String> SECRET_COMPOUNDS = Set.of(
            "apikey", "accesskey", "secretkey", "privatekey", "accountkey", "sharedaccesskey", "connectionstring",
            "webhookurl", "sshkey", "signingkey", "encryptionkey", "masterkey", "sessionkey", "primarykey",
            "secondarykey", "storagekey", "clientsecret", "accesstoken", "sastoken");

    /** A last word that makes the field ABOUT a secret rather than the secret itself. */
    private static final Set<String> ABOUT_A_SECRET = Set.of(
            "env", "var", "name", "names", "id", "ids", "ref", "file", "path", "policy", "length", "count",
            "type", "kind", "expiry", "expires", "expiration", "ttl", "rotation", "rotated", "age", "hint",
            "set", "present", "required", "source", "at", "date", "time", "timestamp");

    private SecretKeys() {
    }

    static boolean isSecret(String key) {
        List<String> words = words(key);
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

    private static boolean isSecretWord(String word) {
        return SECRET_WORDS.contains(word) || word.contains("password") || word.contains("passwd")
                || word.endsWith("pwd") || word.endsWith("secret") || word.endsWith("token")
                || word.endsWith("apikey");
    }

    /** {@code dbPassword} → db, password; {@code X-API-Key} → x, api, key; {@code PG_PASSWORD} → pg, password. */
    static List<String> words(String key) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                flush(word, words);
                continue;
            }
            if (Character.isUpperCase(c) && word.length() > 0) {
                char before = key.charAt(i - 1);
                boolean nextIsLower = i + 1 < key.length() && Character.isLowerCase(key.charAt(i + 1));
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
