package dev.warroom.core.journal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Decodes a journal's lines, hashes included, in chunks of whole lines on every core, and hands them back in
 * file order, numbered as in the file. Checking the chain stays sequential ({@link ChainWalk}): a chunk only
 * reads and hashes its own lines, so every link is still held against the line before it.
 */
final class ChunkedDecode {

    /** Below this a journal is decoded on the calling thread: starting more costs more than it saves. */
    static final int MIN_CHUNK_BYTES = 1 << 20;
    /** One chunk per core: more chunks cost more CPU time at a cold start (measured) and bought no wall time. */
    private static final int MAX_CHUNKS_PER_CORE = 1;

    private ChunkedDecode() {
    }

    static List<DecodedLine> decode(byte[] bytes, boolean withData) {
        return decode(bytes, withData, chunkCount(bytes.length));
    }

    /**
     * As {@link #decode(byte[], boolean)}, building the data trees only of the events {@code dataWanted} names, and
     * reading the others only for their chain fields ({@link ChainFields}): for the events a matching checkpoint folds.
     */
    static List<DecodedLine> decodeChainOnly(byte[] bytes, EventDecoder.DataWanted dataWanted) {
        return decode(bytes, dataWanted, true, chunkCount(bytes.length));
    }

    /** As {@link #decode(byte[], boolean)}, in {@code chunks} chunks (tests cut small journals this way). */
    static List<DecodedLine> decode(byte[] bytes, boolean withData, int chunks) {
        return decode(bytes, withData ? EventDecoder.DataWanted.ALL : EventDecoder.DataWanted.NONE, false, chunks);
    }

    /** As {@link #decodeChainOnly}, in {@code chunks} chunks (tests). */
    static List<DecodedLine> decodeChainOnly(byte[] bytes, EventDecoder.DataWanted dataWanted, int chunks) {
        return decode(bytes, dataWanted, true, chunks);
    }

    private static List<DecodedLine> decode(byte[] bytes, EventDecoder.DataWanted withData, boolean chainOnly, int chunks) {
        int[] starts = chunkStarts(bytes, chunks);
        if (starts.length == 1) {
            return decodeChunk(bytes, 0, bytes.length, withData, chainOnly);
        }
        IntStream indexes = IntStream.range(0, starts.length);
        List<List<DecodedLine>> decoded = indexes.parallel()
                .mapToObj(i -> decodeChunk(bytes, starts[i], i + 1 < starts.length ? starts[i + 1] : bytes.length, withData, chainOnly))
                .toList();
        List<DecodedLine> lines = new ArrayList<>(decoded.stream().mapToInt(List::size).sum());
        for (List<DecodedLine> chunk : decoded) {
            int above = lines.size();
            for (DecodedLine line : chunk) {
                lines.add(above == 0 ? line : line.movedDown(above));
            }
        }
        return lines;
    }

    private static int chunkCount(int length) {
        int cores = Runtime.getRuntime().availableProcessors();
        return Math.max(1, Math.min(cores * MAX_CHUNKS_PER_CORE, length / MIN_CHUNK_BYTES));
    }

    /** Where each chunk starts: at 0, then just after the first newline at or past each equal share of the bytes. */
    private static int[] chunkStarts(byte[] bytes, int chunks) {
        int[] starts = new int[Math.max(1, chunks)];
        int count = 1;
        for (int k = 1; k < chunks; k++) {
            int newline = indexOfNewline(bytes, Math.max(starts[count - 1], (int) ((long) bytes.length * k / chunks)));
            if (newline < 0 || newline + 1 >= bytes.length) {
                break;
            }
            if (newline + 1 > starts[count - 1]) {
                starts[count++] = newline + 1;
            }
        }
        return count == starts.length ? starts : Arrays.copyOf(starts, count);
    }

    private static int indexOfNewline(byte[] bytes, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private static List<DecodedLine> decodeChunk(byte[] bytes, int from, int to, EventDecoder.DataWanted withData, boolean chainOnly) {
        EventDecoder decoder = new EventDecoder(withData, chainOnly);
        List<RawLine> raw = RawLine.split(bytes, from, to);
        List<DecodedLine> lines = new ArrayList<>(raw.size());
        for (RawLine line : raw) {
            lines.add(decoder.decode(bytes, line));
        }
        return lines;
    }
}
