package dev.warroom.console.report;

import dev.warroom.console.tasks.Lane;
import dev.warroom.core.incident.IncidentEvent;
import dev.warroom.core.incident.JournalEventSink;
import dev.warroom.core.incident.PinnedPlan;
import dev.warroom.core.journal.JournalReader;
import dev.warroom.core.journal.JournalVerifier;
import dev.warroom.core.plan.model.Plan;
import dev.warroom.core.plan.validate.PlanValidation;
import dev.warroom.service.IncidentService;
import dev.warroom.service.JournalAmendment;
import dev.warroom.service.RequestRefusedException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.RejectedExecutionException;

/**
 * The journal of an incident that is over: its plan is the one the journal keeps, and each of the author's
 * entries is appended as an amendment under a new seal that supersedes the old one (the service verifies
 * the journal first and refuses one that fails, in words). Amendments run on the lane {@code work}, never on the FX thread.
 */
public final class FinishedJournal implements ReportJournal {

    private final Path file;
    private final Plan plan;
    private final IncidentService service;
    private final String actor;
    private final Lane work;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    private FinishedJournal(Path file, Plan plan, IncidentService service, String actor, Lane work) {
        this.file = file;
        this.plan = plan;
        this.service = service;
        this.actor = actor;
        this.work = work;
    }

    /** Reads the journal's kept plan (blocking: off the FX thread). */
    public static FinishedJournal open(Path file, IncidentService service, String actor, Lane work) throws IOException {
        List<IncidentEvent> events = JournalReader.read(file).events().stream().map(JournalEventSink::toIncidentEvent).toList();
        PinnedPlan pinned = PinnedPlan.latest(events).orElseThrow(() -> new IOException(file + " holds no incident"));
        String text = pinned.text().orElseThrow(() -> new IOException(file + " does not keep the plan it ran, so its report"
                + " is written with warroom report JOURNAL --plan FILE"));
        Optional<Plan> plan = new PlanValidation().validate(pinned.file() + " (as kept in the journal)",
                text.getBytes(StandardCharsets.UTF_8)).plan();
        return new FinishedJournal(file, plan.orElseThrow(() -> new IOException("the plan kept in " + file
                + " does not validate with this version of WarRoom")), service, actor, work);
    }

    @Override
    public Plan plan() {
        return plan;
    }

    @Override
    public Path file() {
        return file;
    }

    @Override
    public Contents read() throws IOException {
        return new Contents(JournalReader.read(file).events().stream().map(JournalEventSink::toIncidentEvent).toList(),
                JournalVerifier.verify(file));
    }

    @Override
    public CompletableFuture<Void> set(FieldEntry entry) {
        CompletableFuture<Void> journalled = new CompletableFuture<>();
        try {
            work.execute(() -> {
                try (JournalAmendment amendment = service.amend(file, actor)) {
                    amendment.setReportField(entry.field(), optional(entry.row()), optional(entry.column()), entry.value());
                } catch (Exception e) {
                    journalled.completeExceptionally(new IOException(RequestRefusedException.words(e), e));
                    return;
                }
                journalled.complete(null);
                listeners.forEach(Runnable::run);
            });
        } catch (RejectedExecutionException closed) {
            journalled.completeExceptionally(closed);
        }
        return journalled;
    }

    private static Optional<String> optional(String text) {
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    @Override
    public void onChange(Runnable changed) {
        listeners.add(changed);
    }

    @Override
    public void close() {
        listeners.clear();
    }
}
