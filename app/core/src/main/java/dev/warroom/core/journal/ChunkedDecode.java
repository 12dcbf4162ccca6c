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
    /**
     * How many times a line read for its chain a line decoded in full costs, in a cold JVM (C1): Jackson's tokens, the
     * data tree and two times parsed on top of the hash. Measured on a resume after a crash (5,068 events past the
     * checkpoint of 100,108): at 1 the last chunk took 1.3-1.5 times the first, at 8 half of it, at 4 the same.
     */
    private static final double FULL_DECODE_COST = 4;
    private static final byte[] SEQ_PREFIX = "{\"seq\":".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

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

    /**
     * As {@link #decodeChainOnly(byte[], EventDecoder.DataWanted)} when every event after {@code checkpointSeq} is
     * decoded in full: those lines cost several times a line read for its chain, and they are all at the end, so
     * the chunks are cut by estimated cost rather than by bytes (else the last chunk decodes them alone, and the
     * others wait).
     */
    static List<DecodedLine> decodeChainOnlyUpTo(byte[] bytes, EventDecoder.DataWanted dataWanted, long checkpointSeq) {
        int chunks = chunkCount(bytes.length);
        long lastSeq = lastSeq(bytes);
        if (chunks < 2 || lastSeq <= checkpointSeq) {
            return decode(bytes, dataWanted, true, chunks);
        }
        long tail = Math.min(bytes.length, (lastSeq - checkpointSeq) * (bytes.length / Math.max(1, lastSeq)));
        long head = bytes.length - tail;
        double total = head + FULL_DECODE_COST * tail;
        int[] cuts = new int[chunks - 1];
        for (int k = 1; k < chunks; k++) {
            double share = total * k / chunks;
            cuts[k - 1] = (int) (share <= head ? share : head + (share - head) / FULL_DECODE_COST);
        }
        return decode(bytes, dataWanted, true, chunkStarts(bytes, cuts));
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
        int[] cuts = new int[Math.max(0, chunks - 1)];
        for (int k = 1; k < chunks; k++) {
            cuts[k - 1] = (int) ((long) bytes.length * k / chunks);
        }
        return decode(bytes, withData, chainOnly, chunkStarts(bytes, cuts));
    }

    private static List<DecodedLine> decode(byte[] bytes, EventDecoder.DataWanted withData, boolean chainOnly, int[] starts) {
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

    /** Where each chunk starts: at 0, then just after the first newline at or past each cut (ascending). */
    private static int[] chunkStarts(byte[] bytes, int[] cuts) {
        int[] starts = new int[cuts.length + 1];
        int count = 1;
        for (int cut : cuts) {
            int newline = indexOfNewline(bytes, Math.max(starts[count - 1], cut));
            if (newline < 0 || newline + 1 >= bytes.length) {
                break;
            }
            if (newline + 1 > starts[count - 1]) {
                starts[count++] = newline + 1;
            }
        }
        return count == starts.length ? starts : Arrays.copyOf(starts, count);
    }

    /** The seq the file's last line starts with ({@code {"seq":N}), or 0 when it does not. */
    private static long lastSeq(byte[] bytes) {
        int end = bytes.length;
        while (end > 0 && bytes[end - 1] == '\n') {
            end--;
        }
        int start = end;
        while (start > 0 && bytes[start - 1] != '\n') {
            start--;
        }
        byte[] prefix = SEQ_PREFIX;
        if (end - start < prefix.length + 1) {
            return 0;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[start + i] != prefix[i]) {
                return 0;
            }
        }
        long seq = 0;
        for (int i = start + prefix.length; i < end && i < start + prefix.length + 18 && bytes[i] >= '0' && bytes[i] <= '9'; i++) {
            seq = seq * 10 + (bytes[i] - '0');
        }
        return seq;
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
