package dev.warroom.core.incident;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.warroom.core.plan.model.Plan;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The engine's part of a journal checkpoint: the fold (the incident's state, the drill's part in full) and what
 * the state recorder knows, as JSON, with a fingerprint of the plan they were folded under. A checkpoint folded
 * under another plan than the one resuming is not used: the same events could fold differently.
 */
final class FoldCheckpoint {

    /** What the checkpoint holds. */
    record Content(String plan, IncidentFold.Snapshot fold, StateRecorder.Recorded recorded) {
    }

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new Jdk8Module())
            .registerModule(new JavaTimeModule())
            .registerModule(CheckpointInstants.module())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .setVisibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
            .setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
            .setVisibility(PropertyAccessor.CREATOR, JsonAutoDetect.Visibility.ANY);

    private static final AtomicReference<Ahead> AHEAD = new AtomicReference<>();

    private FoldCheckpoint() {
    }

    static ObjectNode write(Plan plan, IncidentFold.Snapshot fold, StateRecorder.Recorded recorded) {
        return MAPPER.valueToTree(new Content(fingerprint(plan), fold, recorded));
    }

    /** The content of {@code state}, or why it cannot stand for the events it folds under {@code plan}. */
    static Read read(Plan plan, ObjectNode state) {
        // writing the plan out in a cold JVM costs as much as binding the state (0.1-0.2 s): on the other core meanwhile
        CompletableFuture<String> planFingerprint = fingerprintOf(plan);
        Content content;
        try {
            content = MAPPER.treeToValue(state, Content.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException | IllegalArgumentException e) {
            return new Read(Optional.empty(), "its state cannot be read back (" + e.getMessage().lines().findFirst().orElse("") + ")");
        }
        if (content == null || content.fold() == null || content.recorded() == null) {
            return new Read(Optional.empty(), "its state is incomplete");
        }
        if (!planFingerprint.join().equals(content.plan())) {
            return new Read(Optional.empty(), "it was folded under another plan than the one resuming");
        }
        return new Read(Optional.of(content), null);
    }

    /**
     * Starts writing out {@code plan}'s fingerprint on another thread, for a checkpoint about to be read under it: a
     * resume calls this before it rebuilds the world, so that the fingerprint is ready, or nearly, when the binding is.
     */
    static void fingerprintAhead(Plan plan) {
        AHEAD.set(new Ahead(plan, CompletableFuture.supplyAsync(() -> fingerprint(plan))));
    }

    private static CompletableFuture<String> fingerprintOf(Plan plan) {
        Ahead ahead = AHEAD.getAndSet(null);
        return ahead != null && ahead.plan() == plan ? ahead.fingerprint() : CompletableFuture.supplyAsync(() -> fingerprint(plan));
    }

    /** A plan's fingerprint being written out for the next {@link #read} under that very plan. */
    private record Ahead(Plan plan, CompletableFuture<String> fingerprint) {
    }

    /** A checkpoint's content, or the words why it is not used. */
    record Read(Optional<Content> content, String problem) {
    }

    private static String fingerprint(Plan plan) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(plan.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }
}
