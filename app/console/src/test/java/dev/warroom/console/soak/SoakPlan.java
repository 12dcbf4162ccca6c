package dev.warroom.console.soak;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The soak's plan: the AI Workflow plan, whole (its tree, procedures and checklists fill the room as
 * they would at 3 a.m.), with health endpoints added to its first site until the board holds
 * {@code resources} of them. The simulated world observes every one of them on each poll.
 */
final class SoakPlan {

    private static final String FIRST_SITE_RESOURCES = "    resources:";
    private static final String RESOURCE_START = "      - id: ";

    private SoakPlan() {
    }

    /** Writes the plan to {@code target} and returns it; {@code source} is plans/ai-workflow.yaml. */
    static Path write(Path source, Path target, int resources) throws IOException {
        List<String> lines = Files.readAllLines(source, StandardCharsets.UTF_8);
        int existing = countResources(lines);
        if (existing > resources) {
            throw new IllegalArgumentException(source + " already has " + existing + " resources, more than the " + resources + " asked for");
        }
        int insertAt = lines.indexOf(FIRST_SITE_RESOURCES) + 1;
        if (insertAt == 0) {
            throw new IllegalArgumentException(source + " has no site with resources");
        }
        List<String> out = new ArrayList<>(lines.subList(0, insertAt));
        for (int n = 1; n <= resources - existing; n++) {
            out.addAll(healthEndpoint(n));
        }
        out.addAll(lines.subList(insertAt, lines.size()));
        Files.createDirectories(target.toAbsolutePath().getParent());
        Files.write(target, out, StandardCharsets.UTF_8);
        return target;
    }

    /** Resources are the list items under {@code sites:}, up to the next top-level key. */
    static int countResources(List<String> lines) {
        int count = 0;
        boolean inSites = false;
        for (String line : lines) {
            if (!line.isEmpty() && !Character.isWhitespace(line.charAt(0)) && !line.startsWith("#")) {
                inSites = line.startsWith("sites:");
            } else if (inSites && line.startsWith(RESOURCE_START)) {
                count++;
            }
        }
        return count;
    }

    private static List<String> healthEndpoint(int n) {
        String id = String.format(Locale.ROOT, "soak-health-%03d", n);
        return List.of(
                RESOURCE_START + id,
                "        kind: http-health",
                "        title: Soak endpoint " + n,
                "        observe:",
                "          url: https://api.aiworkflow.com/soak/" + n + "/health",
                "          expectStatus: \"200\"");
    }
}
