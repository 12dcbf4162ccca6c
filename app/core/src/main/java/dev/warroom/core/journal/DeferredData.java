package dev.warroom.core.journal;

import java.util.List;

/**
 * The events a resume from a checkpoint read without their data trees: their lines were hashed and linked like
 * every other, and their data is decoded from the same bytes only when someone asks for every event. Keeps only
 * where each line lies, so that the lines read for the chain can go.
 */
final class DeferredData {

    private final byte[] bytes;
    private final int[] numbers;
    private final int[] starts;
    private final int[] ends;

    DeferredData(byte[] bytes, List<DecodedLine> lines) {
        this.bytes = bytes;
        this.numbers = new int[lines.size()];
        this.starts = new int[lines.size()];
        this.ends = new int[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            RawLine raw = lines.get(i).raw();
            numbers[i] = raw.number();
            starts[i] = raw.start();
            ends[i] = raw.end();
        }
    }

    /** Puts each deferred event, data and all, in its place in {@code events} (index = line number - 1). */
    void fill(List<JournalEvent> events) {
        EventDecoder decoder = new EventDecoder(true);
        for (int i = 0; i < numbers.length; i++) {
            int index = numbers[i] - 1;
            if (events.get(index) != null) {
                continue;
            }
            DecodedLine full = decoder.decode(bytes, new RawLine(numbers[i], starts[i], ends[i], true));
            if (full.event() == null || !full.isIntactEvent()) {
                throw new IllegalStateException("line " + numbers[i] + " read differently the second time: " + full.defect());
            }
            events.set(index, full.event());
        }
    }
}
