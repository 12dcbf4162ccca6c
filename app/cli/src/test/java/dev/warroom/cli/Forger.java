package dev.warroom.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tampers with a journal as someone who knows its documented format would: every hash recomputed,
 * so that the chain alone still holds. Only the seal, or a head copied elsewhere, can show it.
 */
final class Forger {

    private static final Pattern SEQ = Pattern.compile("^\\{\"seq\":(\\d+),");
    private static final Pattern PREV = Pattern.compile(",\"prev\":\"[0-9a-f]{64}\"");

    private Forger() {
    }

    static void dropLast(Path journal, int lines) throws Exception {
        List<String> all = Files.readAllLines(journal, StandardCharsets.UTF_8);
        Files.write(journal, all.subList(0, all.size() - lines), StandardCharsets.UTF_8);
    }

    /** Appends a copy of the last event as the next one, with its seq, prev and hash made right. */
    static void appendForged(Path journal) throws Exception {
        List<String> lines = new ArrayList<>(Files.readAllLines(journal, StandardCharsets.UTF_8));
        String last = lines.get(lines.size() - 1);
        Matcher seq = SEQ.matcher(last);
        if (!seq.find()) {
            throw new IllegalStateException("no seq in " + last);
        }
        String next = seq.replaceFirst("{\"seq\":" + (Long.parseLong(seq.group(1)) + 1) + ",");
        lines.add(rehash(next, hashOf(last)));
        Files.write(journal, lines, StandardCharsets.UTF_8);
    }

    /** Replaces {@code from} by {@code to} in line {@code index} (0-based) and recomputes that hash and every one after it. */
    static void editAndRechain(Path journal, int index, String from, String to) throws Exception {
        List<String> lines = new ArrayList<>(Files.readAllLines(journal, StandardCharsets.UTF_8));
        String edited = lines.get(index).replace(from, to);
        if (edited.equals(lines.get(index))) {
            throw new IllegalStateException("'" + from + "' is not in line " + (index + 1));
        }
        lines.set(index, edited);
        String prev = index == 0 ? "0".repeat(64) : hashOf(lines.get(index - 1));
        for (int i = index; i < lines.size(); i++) {
            lines.set(i, rehash(lines.get(i), prev));
            prev = hashOf(lines.get(i));
        }
        Files.write(journal, lines, StandardCharsets.UTF_8);
    }

    static String hashOf(String line) {
        return line.substring(line.lastIndexOf(",\"hash\":\"") + 9, line.length() - 2);
    }

    private static String rehash(String line, String prev) throws Exception {
        String withPrev = PREV.matcher(line).replaceFirst(",\"prev\":\"" + prev + "\"");
        String withoutHash = withPrev.substring(0, withPrev.lastIndexOf(",\"hash\":")) + "}";
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        String hash = HexFormat.of().formatHex(sha.digest((prev + withoutHash).getBytes(StandardCharsets.UTF_8)));
        return withoutHash.substring(0, withoutHash.length() - 1) + ",\"hash\":\"" + hash + "\"}";
    }
}
