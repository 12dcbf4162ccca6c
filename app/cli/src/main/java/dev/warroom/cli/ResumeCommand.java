package dev.warroom.cli;

import dev.warroom.core.incident.Mode;
import dev.warroom.service.IncidentService;
import dev.warroom.service.PreparedResume;
import dev.warroom.service.RequestRefusedException;
import dev.warroom.service.ResumeRequest;
import java.io.PrintWriter;
import java.nio.file.Path;
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

    @Option(names = "--plan", paramLabel = "FILE", description = "The plan file, for a journal written before WarRoom kept the plan"
            + " in the journal. A journal that keeps its plan resumes with it; a different file is reported, never used.")
    Path plan;

    @Option(names = "--adopt-plan", paramLabel = "FILE", description = "Go on under another plan from here on (journalled as"
            + " plan.adopted). Refused unless every node, procedure and in-flight step the incident has reached is in it, changing"
            + " the same thing.")
    Path adoptPlan;

    @Mixin
    IncidentOptions options;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        IncidentService service = new IncidentService();
        PreparedResume prepared;
        try {
            prepared = service.prepareResume(new ResumeRequest(journal, Optional.ofNullable(plan), options.actorName(), options.clock(),
                    options.allowShell, Optional.ofNullable(adoptPlan)));
        } catch (RequestRefusedException e) {
            return Refusals.report(e, err);
        }
        if (options.auto && prepared.mode() == Mode.LIVE) {
            prepared.close();
            err.println("warroom: refused: --auto never runs in LIVE mode; every live step is confirmed by a person");
            return ExitCodes.USAGE;
        }
        Optional<String> badAnswers = options.readAnswers().or(options::checkReportAnswers)
                .or(() -> options.checkParameterAnswers(prepared.plan()));
        if (badAnswers.isPresent()) {
            prepared.close();
            err.println("warroom: --answers: " + badAnswers.get());
            return ExitCodes.USAGE;
        }
        prepared.warnings().forEach(w -> err.println("warroom: warning: " + w));
        Session resumed;
        try {
            resumed = Session.resume(service, prepared, options, spec.commandLine().getOut(), err);
        } catch (Session.NotStartedException e) {
            err.println("warroom: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        try (Session session = resumed) {
            return session.drive();
        }
    }
}
