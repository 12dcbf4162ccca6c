package dev.warroom.core.journal;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;

/** Journal files for tests and benchmarks, and byte-level surgery on them. */
public final class JournalFiles {

    private static final String[] TYPES = {"step.proposed", "step.confirmed", "step.started", "step.verified", "note"};

    private JournalFiles() {
    }

    /** Realistic event data: a step, its target, a short output with CJK text. */
    public static ObjectNode sampleData(long i) {
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        data.put("procedure", "promote-secondary-db");
        data.put("step", "step-" + (i % 12));
        data.put("target", "pg-secondary-eastasia");
        data.put("output", "replication lag " + (i % 90) + "s; 主库不可用，切换到备库 #" + i);
        data.putObject("params").put("mode", "forced").put("timeoutSeconds", 300).put("passwordEnv", "WARROOM_PG_PASSWORD");
        return data;
    }

    public static String sampleType(long i) {
        return TYPES[(int) ((i - 1) % TYPES.length)];
    }

    /**
     * Writes {@code count} chained events in the journal's own format, without an fsync per event: for
     * building large journals quickly (the format is the same as {@link Journal#append} writes).
     */
    public static void writeUnsynced(Path file, int count) throws IOException {
        EventEncoder encoder = new EventEncoder();
        Instant start = Instant.parse("2026-03-14T09:00:00Z");
        String prev = JournalEvent.NO_PREVIOUS;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            for (int i = 1; i <= count; i++) {
                EventEncoder.Encoded encoded = encoder.encode(i, start.plusSeconds(i), start.plusMillis(i * 250L),
                        i * 250L, "commander", sampleType(i), SecretRedactor.redact(sampleData(i)), prev);
                out.write(encoded.line());
                prev = encoded.event().hash();
            }
        }
    }

    /** One event to add to a journal: its type, actor and data. */
    public record Filler(String type, String actor, ObjectNode data) {
    }

    /**
     * Adds {@code count} events after the journal's last one, chained on and in its own format, without an
     * fsync per event: for building the long journal of an incident that has run for hours. Each event comes
     * one second of incident time after the one before.
     */
    public static void extendUnsynced(Path file, int count, LongFunction<Filler> event) throws IOException {
        List<JournalEvent> before = JournalReader.read(file).events();
        JournalEvent last = before.get(before.size() - 1);
        EventEncoder encoder = new EventEncoder();
        String prev = last.hash();
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file, StandardOpenOption.APPEND), 1 << 16)) {
            for (long i = 1; i <= count; i++) {
                Filler filler = event.apply(i);
                EventEncoder.Encoded encoded = encoder.encode(last.seq() + i, last.time().plusSeconds(i), last.wall().plusSeconds(i),
                        last.offsetMillis() + i * 1000, filler.actor(), filler.type(), SecretRedactor.redact(filler.data()), prev);
                out.write(encoded.line());
                prev = encoded.event().hash();
            }
        }
    }

    /** Creates a journal of {@code count} events through the real {@link Journal#append}. */
    public static List<JournalEvent> appendEvents(Path file, int count) throws IOException {
        try (Journal journal = Journal.create(file, new SteppingClock())) {
            for (int i = 1; i <= count; i++) {
                journal.append(sampleType(i), i % 3 == 0 ? "system" : "李雷 (commander)", sampleData(i));
            }
            return journal.events();
        }
    }

    /** The file's lines, each with its {@code \n}. */
    public static List<String> lines(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                lines.add(text.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (start < text.length()) {
            lines.add(text.substring(start));
        }
        return lines;
    }

    public static void writeLines(Path file, List<String> lines) throws IOException {
        Files.writeString(file, String.join("", lines), StandardCharsets.UTF_8);
    }

    /** The 1-based line that byte {@code position} falls on. */
    public static int lineOfByte(byte[] bytes, int position) {
        int line = 1;
        for (int i = 0; i < position; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
