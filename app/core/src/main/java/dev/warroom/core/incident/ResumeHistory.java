package dev.warroom.core.incident;

import dev.warroom.core.journal.Checkpoint;
import dev.warroom.core.plan.model.Plan;
import java.util.List;
import java.util.Optional;

/**
 * The fold and the state recorder's memory a resume starts from: restored from the sink's checkpoint and carried
 * on over the events after it, or, without a usable checkpoint, folded from every event. Either way the same
 * events give the same state.
 */
record ResumeHistory(IncidentFold fold, StateRecorder.Recorded recorded, List<IncidentEvent> events, Optional<String> ignored) {

    /** The event the checkpoint this history was restored from folds up to; 0 when every event was folded. */
    long checkpointSeq() {
        return fold.state().lastSeq() - events.size();
    }

    private static final System.Logger LOG = System.getLogger(ResumeHistory.class.getName());

    static ResumeHistory replay(Plan plan, EventSink sink) {
        Optional<Checkpoint> checkpoint = sink.checkpoint();
        String ignored = null;
        if (checkpoint.isPresent()) {
            FoldCheckpoint.Read read = FoldCheckpoint.read(plan, checkpoint.get().state());
            Optional<IncidentFold> restored = read.content().flatMap(c -> IncidentFold.restored(plan, c.fold()));
            if (restored.isPresent()) {
                List<IncidentEvent> after = sink.eventsAfter(checkpoint.get().seq());
                after.forEach(restored.get()::apply);
                return new ResumeHistory(restored.get(), read.content().get().recorded(), after, Optional.empty());
            }
            ignored = "the journal's checkpoint at event " + checkpoint.get().seq() + " was not used: "
                    + (read.problem() != null ? read.problem() : "it names a drill this plan does not have") + "; every event is folded";
            LOG.log(System.Logger.Level.WARNING, ignored);
        }
        IncidentFold fold = new IncidentFold(plan);
        List<IncidentEvent> events = sink.events();
        events.forEach(fold::apply);
        return new ResumeHistory(fold, new StateRecorder.Recorded(java.util.Map.of(), java.util.Map.of()), events, Optional.ofNullable(ignored));
    }
}
