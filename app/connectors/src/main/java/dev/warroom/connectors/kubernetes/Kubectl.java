package dev.warroom.connectors.kubernetes;

import java.util.ArrayList;
import java.util.List;

/** The kubectl command a commander could type for what an action does, shown in its preview. */
final class Kubectl {

    private Kubectl() {
    }

    /** {@code kubectl --context C [-n NS] ARGS...}, each word quoted for a POSIX shell where needed. */
    static String command(String context, String namespace, String... args) {
        List<String> words = new ArrayList<>(List.of("kubectl", "--context", quoted(context)));
        if (namespace != null && !namespace.isBlank()) {
            words.add("-n");
            words.add(quoted(namespace));
        }
        for (String arg : args) {
            words.add(quoted(arg));
        }
        return String.join(" ", words);
    }

    static String quoted(String word) {
        return word.matches("[A-Za-z0-9_./:@=,+-]+") ? word : "'" + word.replace("'", "'\\''") + "'";
    }
}
