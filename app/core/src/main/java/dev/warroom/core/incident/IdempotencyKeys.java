package dev.warroom.core.incident;

import dev.warroom.core.world.RequestOrigin;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The idempotency key of a step's attempt: {@code wr-} and 16 hex digits of a SHA-256 over the incident
 * (the hash of its opening event), the procedure, the step and the attempt. Only attempts whose outcome
 * was recorded count, so the attempt after one a crash left of unknown outcome keeps its key: the
 * re-send is recognisable as the same message.
 */
final class IdempotencyKeys {

    static final String FIELD = "idempotencyKey";
    private static final int HEX_DIGITS = 16;
    private static final Set<String> OUTCOMES = Set.of(EventTypes.STEP_SUCCEEDED, EventTypes.STEP_FAILED, EventTypes.STEP_SKIPPED,
            EventTypes.ROLLED_BACK);

    private IdempotencyKeys() {
    }

    /** The key for the next attempt of the step. */
    static String next(List<IncidentEvent> events, String procedure, String step) {
        int recorded = 0;
        boolean open = false;
        for (IncidentEvent e : events) {
            if (!procedure.equals(e.text("procedure")) || !step.equals(e.text("step"))) {
                continue;
            }
            if (EventTypes.STEP_STARTED.equals(e.type())) {
                open = true;
            } else if (open && OUTCOMES.contains(e.type())) {
                recorded++;
                open = false;
            }
        }
        return key(incident(events), procedure, step, recorded + 1);
    }

    /**
     * Where the attempt with this key first started: the journal's head then (the started event's hash)
     * and its number; {@code started} when this is the first start with the key.
     */
    static RequestOrigin origin(List<IncidentEvent> events, String key, IncidentEvent started) {
        IncidentEvent first = events.stream().filter(e -> EventTypes.STEP_STARTED.equals(e.type()) && key.equals(e.text(FIELD)))
                .findFirst().orElse(started);
        return new RequestOrigin(key, first.hash(), first.seq());
    }

    /** The last key a started attempt of the step carried, if any. */
    static Optional<String> last(List<IncidentEvent> events, String procedure, String step) {
        String found = null;
        for (IncidentEvent e : events) {
            if (EventTypes.STEP_STARTED.equals(e.type()) && procedure.equals(e.text("procedure")) && step.equals(e.text("step"))
                    && !e.text(FIELD).isEmpty()) {
                found = e.text(FIELD);
            }
        }
        return Optional.ofNullable(found);
    }

    private static String incident(List<IncidentEvent> events) {
        if (events.isEmpty()) {
            return "";
        }
        IncidentEvent opened = events.get(0);
        return opened.hash().isEmpty() ? opened.text("plan") + "@" + opened.time() : opened.hash();
    }

    private static String key(String incident, String procedure, String step, int attempt) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(
                    String.join("\n", incident, procedure, step, Integer.toString(attempt)).getBytes(StandardCharsets.UTF_8));
            return "wr-" + HexFormat.of().formatHex(digest).substring(0, HEX_DIGITS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
