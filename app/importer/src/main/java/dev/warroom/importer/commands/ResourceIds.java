package dev.warroom.importer.commands;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Resource ids made from what a command names: a short prefix for the kind (so the RDS instance and the EKS cluster
 * both called {@code chatops-prod} stay apart) and the names in kebab-case. The same names always give the same id.
 */
final class ResourceIds {

    private static final int LONGEST = 80;

    private ResourceIds() {
    }

    static String of(String prefix, String... names) {
        StringBuilder id = new StringBuilder(prefix);
        for (String name : names) {
            String part = kebab(name);
            if (!part.isEmpty()) {
                id.append('-').append(part);
            }
        }
        String whole = id.toString();
        if (whole.length() <= LONGEST) {
            return whole;
        }
        String hash = shortHash(whole);
        return whole.substring(0, LONGEST - hash.length() - 1).replaceAll("-+$", "") + "-" + hash;
    }

    static String kebab(String text) {
        return dev.warroom.importer.draft.Kebab.of(text);
    }

    private static String shortHash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 3);
        } catch (NoSuchAlgorithmException e) {
            return Integer.toHexString(text.hashCode() & 0xffffff);
        }
    }
}
