package dev.warroom.connectors;

import java.net.URI;

/**
 * An endpoint as identity words and messages may show it: scheme, host, port and path only. A user
 * name and password, a query string (where tokens hide) or a fragment in a configured URL are left
 * out, so a setting pasted with credentials in it never reaches a screen or a journal.
 */
public final class EndpointWords {

    private EndpointWords() {
    }

    public static String of(String endpoint) {
        String text = endpoint.strip();
        try {
            URI uri = URI.create(text);
            if (uri.getScheme() == null || uri.getHost() == null) {
                return withoutCredentials(text);
            }
            String port = uri.getPort() < 0 ? "" : ":" + uri.getPort();
            String path = uri.getRawPath() == null ? "" : uri.getRawPath();
            return uri.getScheme() + "://" + uri.getHost() + port + path;
        } catch (IllegalArgumentException e) {
            return withoutCredentials(text);
        }
    }

    /** Text that is not a URL, as written, minus anything before an {@code @} and after a {@code ?} or {@code #}. */
    private static String withoutCredentials(String text) {
        return text.replaceFirst("^([a-zA-Z][a-zA-Z0-9+.-]*://)?[^/@]*@", "$1").replaceFirst("[?#].*$", "");
    }

    public static String of(URI endpoint) {
        return of(endpoint.toString());
    }
}
