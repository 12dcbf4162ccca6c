package dev.warroom.cli;

import dev.warroom.core.incident.JournalEventSink;
import dev.warroom.core.journal.JournalEvent;
import dev.warroom.core.journal.JournalRead;
import dev.warroom.core.journal.JournalReader;
import dev.warroom.core.journal.JournalVerifier;
import dev.warroom.core.journal.Verdict;
import dev.warroom.core.plan.model.Plan;
import dev.warroom.core.report.IncidentReport;
import dev.warroom.core.report.MarkdownReport;
import dev.warroom.core.report.ReportBuilder;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code warroom report JOURNAL --format md --out FILE}: the incident report from plan and journal. */
@Command(name = "report", description = "Write the incident report: timeline, decision path, RTO and RPO target vs actual, notes.")
final class ReportCommand implements Callable<Integer> {

    @Parameters(paramLabel = "JOURNAL", description = "Journal file.")
    Path journal;

    @Option(names = "--format", defaultValue = "md", description = "Report format: md.")
    String format;

    @Option(names = "--out", description = "Output file (default: standard output).")
    Path out;

    @Option(names = "--plan", description = "The plan file, if it moved since the incident ran.")
    Path plan;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (!format.equals("md")) {
            err.println("warroom: report format '" + format + "' is not available yet; use --format md");
            return ExitCodes.USAGE;
        }
        if (!Files.exists(journal)) {
            err.println("warroom: " + journal + ": no such journal");
            return ExitCodes.USAGE;
        }
        Verdict verdict = JournalVerifier.verify(journal);
        if (!verdict.ok()) {
            err.println("warroom: " + journal + " does not verify, so no report is written from it: " + verdict.message());
            return ExitCodes.PROBLEMS;
        }
        JournalRead read = JournalReader.read(journal);
        Optional<JournalEvent> opened = JournalPlans.opening(read.events());
        if (opened.isEmpty()) {
            err.println("warroom: " + journal + " holds no incident");
            return ExitCodes.PROBLEMS;
        }
        Optional<Plan> loaded = JournalPlans.planOf(read.events(), plan, err);
        if (loaded.isEmpty()) {
            return ExitCodes.PROBLEMS;
        }
        IncidentReport report = ReportBuilder.build(loaded.get(),
                read.events().stream().map(JournalEventSink::toIncidentEvent).toList(), verdict.lastHash());
        String markdown = MarkdownReport.render(report, "chain intact, " + verdict.eventCount() + " events, " + verdict.sealWords()
                + " (`warroom verify JOURNAL --expect-head HEAD` checks a journal against this report)");
        if (out == null) {
            spec.commandLine().getOut().print(markdown);
            spec.commandLine().getOut().flush();
        } else {
            Files.writeString(out, markdown, StandardCharsets.UTF_8);
            spec.commandLine().getOut().println("report written to " + out);
        }
        return ExitCodes.OK;
    }
}
