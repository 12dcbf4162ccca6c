package dev.warroom.core.journal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The seal file beside a journal ({@code NAME.jsonl.seal}): append-only JSON lines, one {@link JournalSeal}
 * each, every one forced to disk before the call returns.
 */
final class SealFile {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** What a seal file holds: its seals in order, or the first thing wrong with it (in words). */
    record Contents(boolean present, List<JournalSeal> seals, String defect) {

        JournalSeal last() {
            return seals.isEmpty() ? null : seals.get(seals.size() - 1);
        }
    }

    private SealFile() {
    }

    static Path of(Path journal) {
        return journal.resolveSibling(journal.getFileName() + ".seal");
    }

    static Contents read(Path journal) throws IOException {
        Path file = of(journal);
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return new Contents(false, List.of(), null);
        } catch (IOException e) {
            throw JournalFailures.reading(file, e);
        }
        List<JournalSeal> seals = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String problem = decode(lines.get(i), seals.isEmpty() ? null : seals.get(seals.size() - 1), seals);
            if (problem != null) {
                return new Contents(true, List.copyOf(seals), "the seal file " + file + " is damaged, line " + (i + 1) + ": " + problem);
            }
        }
        if (seals.isEmpty()) {
            return new Contents(true, List.of(), "the seal file " + file + " is empty: the seal was removed");
        }
        return new Contents(true, List.copyOf(seals), null);
    }

    /** Decodes one line into {@code seals}; returns what is wrong with it, or null. */
    private static String decode(String line, JournalSeal previous, List<JournalSeal> seals) {
        JsonNode node;
        try {
            node = MAPPER.readTree(line);
        } catch (IOException e) {
            return "not a seal (unreadable JSON)";
        }
        if (node == null || !node.isObject() || !node.path("seal").canConvertToInt() || !node.path("events").canConvertToLong()
                || !node.path("head").isTextual() || !node.path("sealedAt").isTextual() || !node.path("supersedes").isTextual()
                || !node.path("hash").isTextual()) {
            return "not a seal (a field is missing or of the wrong kind)";
        }
        JournalSeal seal;
        try {
            seal = new JournalSeal(node.get("seal").asInt(), node.get("events").asLong(), node.get("head").asText(),
                    Instant.parse(node.get("sealedAt").asText()), node.get("supersedes").asText(), node.get("hash").asText());
        } catch (DateTimeException e) {
            return "not a seal (its time is unreadable)";
        }
        if (!seal.hashMatches()) {
            return "seal " + seal.number() + " was altered: its hash does not match its content";
        }
        int expected = previous == null ? 1 : previous.number() + 1;
        if (seal.number() != expected) {
            return "seal " + expected + " was expected, but the line holds seal " + seal.number();
        }
        String wanted = previous == null ? JournalEvent.NO_PREVIOUS : previous.hash();
        if (!seal.supersedes().equals(wanted)) {
            return previous == null ? "seal 1 names a seal it supersedes, but it is the first"
                    : "seal " + seal.number() + " does not supersede seal " + previous.number() + " (it names another seal's hash)";
        }
        if (previous != null && seal.events() < previous.events()) {
            return "seal " + seal.number() + " covers " + seal.events() + " events, fewer than the " + previous.events()
                    + " of seal " + previous.number() + " before it";
        }
        seals.add(seal);
        return null;
    }

    /** Appends {@code seal} and forces it, and the file's directory entry when it is new, to disk. */
    static void append(Path journal, JournalSeal seal) throws IOException {
        Path file = of(journal);
        boolean fresh = !Files.exists(file);
        ObjectNode node = MAPPER.createObjectNode().put("seal", seal.number()).put("events", seal.events()).put("head", seal.head())
                .put("sealedAt", seal.sealedAt().toString()).put("supersedes", seal.supersedes()).put("hash", seal.hash());
        byte[] line = (MAPPER.writeValueAsString(node) + "\n").getBytes(StandardCharsets.UTF_8);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND)) {
            ByteBuffer buffer = ByteBuffer.wrap(line);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        } catch (IOException e) {
            throw JournalFailures.writing(file, "write seal " + seal.number() + " to", e);
        }
        if (fresh) {
            Durable.forceDirectory(file.toAbsolutePath().getParent());
        }
    }
}
