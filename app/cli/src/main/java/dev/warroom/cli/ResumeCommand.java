package dev.warroom.cli;

import dev.warroom.core.incident.EventTypes;
import dev.warroom.core.incident.Mode;
import dev.warroom.core.journal.JournalEvent;
import dev.warroom.core.journal.JournalRead;
import dev.warroom.core.journal.JournalReader;
import dev.warroom.core.plan.model.Plan;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code warroom resume JOURNAL}: carries on after a crash, exactly where the journal says the incident was. */
@Command(name = "resume", description = "Resume an unfinished incident from its journal. Steps of unknown outcome must be verified.")
final class ResumeCommand implements Callable<Integer> {

    @Parameters(paramLabel = "JOURNAL", description = "The incident's journal.")
    Path journal;

    @Option(names = "--plan", paramLabel = "FILE", description = "The plan file, if it moved since the incident started.")
    Path plan;

    @Mixin
    IncidentOptions options;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.exists(journal)) {
            err.println("warroom: " + journal + ": no such journal");
            return ExitCodes.USAGE;
        }
        JournalRead read = JournalReader.readToResume(journal);
        List<JournalEvent> events = read.events();
        Optional<JournalEvent> opened = JournalPlans.opening(events);
        if (opened.isEmpty()) {
            err.println("warroom: " + journal + " holds no incident to resume");
            return ExitCodes.PROBLEMS;
        }
        if (events.stream().anyMatch(e -> e.type().equals(EventTypes.RESOLVED) || e.type().equals(EventTypes.ABORTED))) {
            err.println("warroom: the incident in " + journal + " is already over; write its report with: warroom report " + journal);
            return ExitCodes.USAGE;
        }
        Mode mode = Mode.parse(opened.get().data().path("mode").asText("")).orElse(Mode.LIVE);
        if (options.auto && mode == Mode.LIVE) {
            err.println("warroom: refused: --auto never runs in LIVE mode; every live step is confirmed by a person");
            return ExitCodes.USAGE;
        }
        Optional<String> badAnswers = options.readAnswers();
        if (badAnswers.isPresent()) {
            err.println("warroom: --answers: " + badAnswers.get());
            return ExitCodes.USAGE;
        }
        Optional<Plan> loaded = JournalPlans.planOf(opened.get(), plan, err);
        if (loaded.isEmpty()) {
            return ExitCodes.PROBLEMS;
        }
        JournalEvent last = events.get(events.size() - 1);
        Path planFile = JournalPlans.planFile(opened.get(), plan);
        Session resumed;
        try {
            resumed = Session.resume(journal, events.size(), loaded.get(), planFile, mode, opened.get().data(), last.time(), options,
                    spec.commandLine().getOut(), err);
        } catch (Session.NotStartedException e) {
            err.println("warroom: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        try (Session session = resumed) {
            return session.drive();
        }
    }
}
