package dev.warroom.cli;

import dev.warroom.core.incident.IncidentEvent;
import dev.warroom.core.incident.IncidentFold;
import dev.warroom.core.incident.JournalEventSink;
import dev.warroom.core.journal.JournalRead;
import dev.warroom.core.journal.JournalReader;
import dev.warroom.core.journal.JournalVerifier;
import dev.warroom.core.journal.Verdict;
import dev.warroom.core.plan.model.Plan;
import dev.warroom.core.plan.model.ReportTemplate;
import dev.warroom.core.report.JournalChecks;
import dev.warroom.core.report.ReportDocuments;
import dev.warroom.core.report.ReportInput;
import dev.warroom.core.report.ReportTemplates;
import dev.warroom.core.report.UnknownTemplateException;
import dev.warroom.core.report.doc.JournalCheck;
import dev.warroom.core.report.doc.ReportDocument;
import dev.warroom.core.text.TextLanguage;
import dev.warroom.report.ReportFormat;
import dev.warroom.report.csv.CsvTable;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
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
 * {@code warroom report JOURNAL --format md|html|pdf|csv|json [--template NAME] [--lang L] --out FILE}: verifies the
 * journal, builds the report document from the plan that ran, the journal and a template, and lays it out. A
 * journal that fails verification still gets its report, which says so at its top; the exit code says so too.
 */
@Command(name = "report", description = "Write the incident or drill report (Markdown, HTML, PDF, CSV or JSON) from a journal.")
final class ReportCommand implements Callable<Integer> {

    @Parameters(paramLabel = "JOURNAL", description = "Journal file.")
    Path journal;

    @Option(names = "--format", defaultValue = "md", paramLabel = "FORMAT", description = "md (default), html, pdf, csv or json.")
    String format;

    @Option(names = "--template", paramLabel = "NAME", description = "incident, drill, after-action, or one of the plan's own"
            + " (default: the drill report for a drill, else the incident report; a plan may name its own default).")
    String template;

    @Option(names = "--lang", paramLabel = "LANG", converter = IncidentOptions.LanguageTag.class,
            description = "The language of the report's own words: " + TextLanguage.CHOICES + " (default en). The plan's text"
                    + " appears as written.")
    TextLanguage lang;

    @Option(names = "--csv-table", defaultValue = "timeline", paramLabel = "TABLE",
            description = "With --format csv: timeline (default) or action-items (summary, description, owner, due date,"
                    + " priority, status: the columns an issue tracker imports).")
    String csvTable;

    @Option(names = "--out", description = "Output file (default: standard output; a PDF needs --out).")
    Path out;

    @Option(names = "--plan", description = "The plan file, if it moved since the incident ran.")
    Path plan;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        Optional<ReportFormat> chosen = ReportFormat.parse(format);
        if (chosen.isEmpty()) {
            err.println("warroom: no report format '" + format + "': choose md, html, pdf, csv or json");
            return ExitCodes.USAGE;
        }
        Optional<CsvTable> table = CsvTable.parse(csvTable);
        if (table.isEmpty()) {
            err.println("warroom: --csv-table wants timeline or action-items, not '" + csvTable + "'");
            return ExitCodes.USAGE;
        }
        if (chosen.get() == ReportFormat.PDF && out == null) {
            err.println("warroom: a PDF is not written to the terminal: give the file with --out FILE");
            return ExitCodes.USAGE;
        }
        if (!Files.exists(journal)) {
            err.println("warroom: " + journal + ": no such journal");
            return ExitCodes.USAGE;
        }
        TextLanguage language = lang == null ? TextLanguage.ENGLISH : lang;
        Verdict verdict = JournalVerifier.verify(journal);
        JournalRead read = JournalReader.read(journal);
        if (JournalPlans.opening(read.events()).isEmpty()) {
            err.println("warroom: " + journal + " holds no incident" + (verdict.ok() ? "" : " that can be read: " + verdict.message()));
            return ExitCodes.PROBLEMS;
        }
        Optional<Plan> loaded = JournalPlans.planOf(read.events(), plan, err);
        if (loaded.isEmpty()) {
            return ExitCodes.PROBLEMS;
        }
        List<IncidentEvent> events = read.events().stream().map(JournalEventSink::toIncidentEvent).toList();
        Optional<ReportTemplate> reportTemplate = template(loaded.get(), events, language, err);
        if (reportTemplate.isEmpty()) {
            return ExitCodes.USAGE;
        }
        JournalCheck check = JournalChecks.of(verdict, read.events(), language);
        ReportDocument document = ReportDocuments.build(new ReportInput(loaded.get(), events, check, reportTemplate.get(), language));
        boolean written = new ReportOutput(spec.commandLine().getOut(), err).write(document, chosen.get(), table.get(), out);
        if (!written) {
            return ExitCodes.PROBLEMS;
        }
        PrintWriter beside = out == null ? err : spec.commandLine().getOut();
        beside.println(journalLine(JournalChecks.of(verdict, read.events(), TextLanguage.ENGLISH)));
        beside.flush();
        if (!verdict.ok()) {
            err.println("warroom: " + journal + " does not verify (" + verdict.message() + "); the report says so at its top");
            return ExitCodes.PROBLEMS;
        }
        return ExitCodes.OK;
    }

    private Optional<ReportTemplate> template(Plan loaded, List<IncidentEvent> events, TextLanguage language, PrintWriter err) {
        if (template == null) {
            boolean drill = IncidentFold.fold(loaded, events).drill().isPresent();
            return Optional.of(ReportTemplates.defaultFor(loaded, drill, language));
        }
        try {
            return Optional.of(ReportTemplates.forName(loaded, template, language));
        } catch (UnknownTemplateException unknown) {
            err.println("warroom: " + unknown.getMessage());
            return Optional.empty();
        }
    }

    /**
     * The journal's check beside the report, for every format (the only place a CSV's reader learns it), in English
     * as all of WarRoom's words at the terminal.
     */
    static String journalLine(JournalCheck check) {
        return (check.verified() ? "journal verified: " : "journal FAILED verification: ") + check.words() + "; final hash "
                + check.finalHash();
    }
}
