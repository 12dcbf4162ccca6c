package dev.warroom.core.journal;

import java.util.List;

/**
 * The events a resume from a checkpoint read without their data trees: their lines were hashed and linked like
 * every other, and their data is decoded from the same bytes only when someone asks for every event.
 */
final class DeferredData {

    private final byte[] bytes;
    private final List<DecodedLine> lines;

    DeferredData(byte[] bytes, List<DecodedLine> lines) {
        this.bytes = bytes;
        this.lines = lines;
    }

    /** Puts each deferred event, data and all, in its place in {@code events} (index = line number - 1). */
    void fill(List<JournalEvent> events) {
        EventDecoder decoder = new EventDecoder(true);
        for (DecodedLine line : lines) {
            int index = line.raw().number() - 1;
            if (events.get(index) != null) {
                continue;
            }
            DecodedLine full = decoder.decode(bytes, line.raw());
            if (full.event() == null || !full.hash().equals(line.hash())) {
                throw new IllegalStateException("event " + line.seq() + " read differently the second time: " + full.defect());
            }
            events.set(index, full.event());
        }
    }
}
