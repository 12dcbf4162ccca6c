package dev.warroom.connectors.web.http;

import dev.warroom.connectors.ConnectorSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code ${NAME}} in an http.call's url or body, filled from the environment when the call is made
 * (e.g. {@code /zones/${ZONE_ID}/purge_cache}). The filled text is sent, never shown: details and
 * previews keep the placeholders.
 */
final class Placeholders {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)}");

    private Placeholders() {
    }

    /** The variables {@code text} names that are not set. */
    static List<String> unset(String text, ConnectorSettings settings) {
        List<String> missing = new ArrayList<>();
        if (text == null) {
            return missing;
        }
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            if (settings.get(m.group(1)).isEmpty() && !missing.contains(m.group(1))) {
                missing.add(m.group(1));
            }
        }
        return missing;
    }

    /** {@code text} with every placeholder replaced by its variable's value; call only when none is unset. */
    static String fill(String text, ConnectorSettings settings) {
        if (text == null) {
            return null;
        }
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(settings.get(m.group(1)).orElse("")));
        }
        m.appendTail(out);
        return out.toString();
    }
}
