package dev.warroom.core.plan.load;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/** Files built to hurt a parser: binary noise, huge sizes, deep nesting, alias bombs. Shared with the CLI tests. */
public final class HostileInput {

    public static final int DEEP = 20_000;

    private HostileInput() {
    }

    public static byte[] binaryGarbage(long seed, int size) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    /** Text that is not UTF-8 but has no NUL byte (Latin-1 accents, a stray continuation byte). */
    public static byte[] notUtf8() {
        return "system: caf\u00e9\nid: \u00e0\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
    }

    public static byte[] nestedBlockSequences() {
        return ("- ".repeat(DEEP) + "x\n").getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] nestedFlowSequences() {
        return ("id: " + "[".repeat(DEEP) + "]".repeat(DEEP) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] nestedFlowMappings() {
        return ("id: " + "{a: ".repeat(DEEP) + "}".repeat(DEEP) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /** The "billion laughs": nine levels of nine aliases each expand to 9^9 strings. */
    public static byte[] billionLaughs() {
        StringBuilder yaml = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        String previous = "a";
        for (char level = 'b'; level <= 'i'; level++) {
            yaml.append(level).append(": &").append(level).append(" [");
            for (int i = 0; i < 9; i++) {
                yaml.append(i == 0 ? "" : ",").append('*').append(previous);
            }
            yaml.append("]\n");
            previous = String.valueOf(level);
        }
        return yaml.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** One anchor referenced by more aliases than any plan needs. */
    public static byte[] manyAliases() {
        StringBuilder yaml = new StringBuilder("base: &b {x: 1}\nlist:\n");
        for (int i = 0; i < 1000; i++) {
            yaml.append("  - *b\n");
        }
        return yaml.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Writes a syntactically plain YAML file of about {@code megabytes} MB, streaming so the test itself stays small. */
    public static Path hugeFile(Path dir, int megabytes) throws IOException {
        Path file = dir.resolve("huge-" + megabytes + "mb.yaml");
        byte[] line = "- {id: filler, title: 填充資料, note: padding padding padding padding padding}\n".getBytes(StandardCharsets.UTF_8);
        long target = megabytes * 1_000_000L;
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write("formatVersion: 1\nreference:\n".getBytes(StandardCharsets.UTF_8));
            for (long written = 0; written < target; written += line.length) {
                out.write(line);
            }
        }
        return file;
    }
}
