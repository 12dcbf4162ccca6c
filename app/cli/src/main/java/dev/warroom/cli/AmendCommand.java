package dev.warroom.cli;

import dev.warroom.core.incident.ReportFieldEntry;
import dev.warroom.service.IncidentService;
import dev.warroom.service.JournalAmendment;
import dev.warroom.service.RequestRefusedException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code warroom amend JOURNAL --answers FILE}: adds the report author's entries (the file's {@code report:} keys) to
 * the journal of a finished incident, under a new seal that supersedes the last one. The journal must verify first.
 */
@Command(name = "amend", description = {"Add the report author's fields (the --answers file's report: keys) to a finished incident's"
        + " journal, under a new seal that supersedes the old one. A journal that fails verification is left as it is."})
final class AmendCommand implements Callable<Integer> {

    /** The keys of an --answers file that steer a run; amend takes only the report's, and says which others it passed over. */
    private static final List<String> RUN_KEYS = List.of("answers", "confirm", "check", "onFailure", "parameters", "verdicts", "hotWash", "cleanup");

    @Parameters(paramLabel = "JOURNAL", description = "The finished incident's journal.")
    Path journal;

    @Option(names = "--answers", required = true, paramLabel = "FILE",
            description = "The answers file (YAML); its report: keys (fields, actionItems, signOffs, tables) are added.")
    Path answers;

    @Option(names = "--actor", paramLabel = "NAME", description = "Who is writing (recorded on every entry). Default: the file's"
            + " actor, else $USER.")
    String actor;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        IncidentOptions file = new IncidentOptions();
        file.answers = answers;
        Optional<String> bad = file.readAnswers().or(file::checkReportAnswers);
        if (bad.isPresent()) {
            err.println("warroom: --answers: " + bad.get());
            return ExitCodes.USAGE;
        }
        ReportAnswers report = file.reportAnswers();
        if (report.isEmpty()) {
            err.println("warroom: --answers: " + answers + " has no report: entries to add (fields, actionItems, signOffs or tables)");
            return ExitCodes.USAGE;
        }
        List<String> passedOver = RUN_KEYS.stream().filter(k -> file.answersScript().orElseThrow().has(k)).toList();
        JournalAmendment amendment;
        try {
            amendment = new IncidentService().amend(journal, author(file));
        } catch (RequestRefusedException e) {
            return Refusals.report(e, err);
        }
        try (amendment) {
            for (ReportFieldEntry entry : report.entries()) {
                amendment.setReportField(entry);
            }
        }
        if (!passedOver.isEmpty()) {
            out.println("The incident is over: the file's " + String.join(", ", passedOver) + " were passed over.");
        }
        out.println("Added " + report.entries().size() + (report.entries().size() == 1 ? " entry" : " entries") + " to " + journal
                + " (" + ReportAnswers.describe(report.entries()) + "), as " + amendment.actor() + ".");
        out.println("  " + amendment.seal().map(s -> "sealed anew at event " + s.events() + " (seal " + s.number()
                + (s.number() > 1 ? ", superseding seal " + (s.number() - 1) : "") + ")").orElse("not sealed"));
        out.println("  journal head: " + amendment.head() + " (keep a copy elsewhere; check it with: warroom verify " + journal
                + " --expect-head " + amendment.head() + ")");
        return ExitCodes.OK;
    }

    private String author(IncidentOptions file) {
        if (actor != null && !actor.isBlank()) {
            return actor.strip();
        }
        String fromFile = file.answersScript().map(s -> s.path("actor").asText("")).orElse("");
        if (!fromFile.isBlank()) {
            return fromFile.strip();
        }
        return file.actorName();
    }
}
