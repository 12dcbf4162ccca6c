package dev.warroom.core.journal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * How a resume reads a journal given the checkpoint beside it: the events up to a checkpoint that matches the chain
 * are hashed and linked but decoded without their data (bar the types the resume reads in full); a checkpoint that
 * is damaged or does not match is ignored, in words, and every event is decoded. Damage to the journal itself is
 * always named from a read of every event with its data, in the same words as without a checkpoint.
 */
record CheckpointUse(JournalCheck.Result check, Checkpoint trusted, String ignored, DeferredData deferred) {

    static CheckpointUse read(Path file, byte[] bytes, Set<String> typesReadInFull) throws IOException {
        CheckpointFile.Reading reading = CheckpointFile.readAside(file);
        long claimed = reading.claimedSeq();
        // the lines are hashed while the checkpoint is checked and parsed on its own thread: the seq its first bytes
        // name says which events need their data, whether it holds is known only after
        JournalCheck.Result light = claimed < 1 ? null : lightCheck(file, bytes, claimed, typesReadInFull);
        CheckpointFile.Found found = reading.found();
        if (found.checkpoint() == null) {
            String ignored = found.problem() == null ? null : found.problem() + "; it was ignored and every event is folded";
            return new CheckpointUse(JournalCheck.toResume(file, JournalFile.decode(bytes, true)), null, ignored, null);
        }
        Checkpoint checkpoint = found.checkpoint();
        if (light == null || checkpoint.seq() != claimed) {
            light = lightCheck(file, bytes, checkpoint.seq(), typesReadInFull);
        }
        if (light.problem() != null) {
            return new CheckpointUse(JournalCheck.toResume(file, JournalFile.decode(bytes, true)), null, null, null);
        }
        String mismatch = mismatch(file, checkpoint, light.lines());
        if (mismatch != null) {
            return new CheckpointUse(JournalCheck.toResume(file, JournalFile.decode(bytes, true)), null,
                    mismatch + "; it was ignored and every event is folded", null);
        }
        List<DecodedLine> withoutData = light.lines().stream().filter(line -> line.event() == null).toList();
        return new CheckpointUse(light, checkpoint, null, withoutData.isEmpty() ? null : new DeferredData(bytes, withoutData));
    }

    /** Every line hashed and linked; data decoded only for the events after {@code upTo} and those of {@code typesReadInFull}. */
    private static JournalCheck.Result lightCheck(Path file, byte[] bytes, long upTo, Set<String> typesReadInFull) throws IOException {
        EventDecoder.DataWanted wanted = (seq, type) -> seq < 1 || seq >= upTo || type == null || typesReadInFull.contains(type);
        return JournalCheck.toResume(file, new JournalFile(bytes, ChunkedDecode.decodeChainOnlyUpTo(bytes, wanted, upTo)));
    }

    private static String mismatch(Path file, Checkpoint checkpoint, List<DecodedLine> lines) {
        Path where = CheckpointFile.of(file);
        if (checkpoint.seq() > lines.size()) {
            return "the checkpoint " + where + " folds events 1 to " + checkpoint.seq() + ", but the journal holds " + lines.size()
                    + ": it is not this journal's (or the journal was cut short since)";
        }
        DecodedLine line = lines.get((int) checkpoint.seq() - 1);
        if (!line.hash().equals(checkpoint.eventHash())) {
            return "the checkpoint " + where + " names event " + checkpoint.seq() + " by a hash the journal's event " + checkpoint.seq()
                    + " (" + line.type() + ") does not have: it is not this journal's (or the journal was changed since)";
        }
        return null;
    }
}
