package dev.warroom.core.incident;

import dev.warroom.core.plan.PlanDigest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * The plan an incident runs, as its journal keeps it: the text of the plan it opened with, or of the
 * last plan the commander adopted since, with the file it came from and its SHA-256. The hash chain
 * covers that text, so a copied journal carries its plan. A copy the journal's redaction changed (it
 * held secret-looking text) is not {@linkplain #exact() exact}: only the file with the recorded digest
 * can stand in for it then. Journals written before plans were kept have no text at all.
 */
public record PinnedPlan(String file, String sha256, Optional<String> text, boolean adopted, long seq) {

    /** The plan in force at the end of {@code events}: the last adoption, else the opening; empty for an empty journal. */
    public static Optional<PinnedPlan> latest(List<IncidentEvent> events) {
        PinnedPlan found = null;
        for (IncidentEvent e : events) {
            boolean opened = EventTypes.OPENED.equals(e.type());
            if (opened || EventTypes.PLAN_ADOPTED.equals(e.type())) {
                String text = e.data().path("planText").asText("");
                found = new PinnedPlan(e.text("planFile"), e.text("planSha256"), text.isEmpty() ? Optional.empty() : Optional.of(text),
                        !opened, e.seq());
            }
        }
        return Optional.ofNullable(found);
    }

    /** Whether the kept text is the plan byte for byte (its SHA-256 is the recorded one). */
    public boolean exact() {
        return text.isPresent() && !sha256.isEmpty() && sha256.equals(PlanDigest.sha256(text.get().getBytes(StandardCharsets.UTF_8)));
    }

    /** Where the kept plan came from, in words: "plans/x.yaml (opened with)" or "(adopted at event 42)". */
    public String words() {
        return file + (adopted ? " (adopted at event " + seq + ")" : " (as the incident opened with it)");
    }
}
