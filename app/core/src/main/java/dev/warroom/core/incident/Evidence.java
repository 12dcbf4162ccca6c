package dev.warroom.core.incident;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Optional;

/**
 * How a step's outcome was established, with what shows it: the reading (resource, what was seen
 * and when) for a verified outcome; who was asked what, and what they said, for a confirmed one.
 */
public record Evidence(Established how, String resource, String seen, Optional<Instant> seenAt, String by, String asked,
        String answer) {

    /** How a step left unchecked begins its {@code detail}, before the same reason its evidence holds. */
    public static final String NOT_VERIFIED_DETAIL = "not verified: ";

    static Evidence verified(String resource, String seen, Instant seenAt) {
        return new Evidence(Established.VERIFIED, nonNull(resource), nonNull(seen), Optional.ofNullable(seenAt), "", "", "");
    }

    static Evidence confirmed(String by, String asked, String answer) {
        return new Evidence(Established.CONFIRMED, "", "", Optional.empty(), nonNull(by), nonNull(asked), nonNull(answer));
    }

    static Evidence unverified(String why) {
        return new Evidence(Established.UNVERIFIED, "", nonNull(why), Optional.empty(), "", "", "");
    }

    /** Writes the fields into an outcome event. */
    ObjectNode writeTo(ObjectNode data) {
        data.put("established", how.word());
        putIfAny(data, "resource", resource);
        putIfAny(data, "evidence", seen);
        seenAt.ifPresent(at -> data.put("seenAt", at.toString()));
        putIfAny(data, "by", by);
        putIfAny(data, "asked", asked);
        putIfAny(data, "answer", answer);
        return data;
    }

    /** Reads an outcome event's fields; empty for events written before outcomes said how they were established. */
    public static Optional<Evidence> readFrom(JsonNode data) {
        return Established.parse(data.path("established").asText("")).map(how -> new Evidence(how, data.path("resource").asText(""),
                data.path("evidence").asText(""), parseInstant(data.path("seenAt").asText("")), data.path("by").asText(""),
                data.path("asked").asText(""), data.path("answer").asText("")));
    }

    /**
     * The words a report or timeline shows: "verified: db-eu: role primary (seen 10:04:12Z)",
     * "confirmed by Ana: asked 'Orders flow?' — yes, 12 orders", "not verified: nobody checked".
     */
    public String words() {
        return switch (how) {
            case VERIFIED -> "verified" + (resource.isEmpty() && seen.isEmpty() ? "" : ": ")
                    + (resource.isEmpty() ? "" : resource + (seen.isEmpty() ? "" : ": ")) + seen
                    + seenAt.map(at -> " (seen " + seenAtWords() + ")").orElse("");
            case CONFIRMED -> "confirmed by " + by + (asked.isEmpty() ? "" : ": asked '" + asked + "'")
                    + (answer.isEmpty() ? "" : " — " + answer);
            case UNVERIFIED -> "not verified" + (seen.isEmpty() ? "" : ": " + seen);
        };
    }

    /** When the reading was seen, to the second, in UTC. */
    public String seenAtWords() {
        return seenAt.map(at -> at.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString()).orElse("");
    }

    private static Optional<Instant> parseInstant(String text) {
        try {
            return text.isEmpty() ? Optional.empty() : Optional.of(Instant.parse(text));
        } catch (java.time.format.DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static void putIfAny(ObjectNode data, String field, String value) {
        if (!value.isEmpty()) {
            data.put(field, value);
        }
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
