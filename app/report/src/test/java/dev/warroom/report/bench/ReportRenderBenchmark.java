package dev.warroom.report.bench;

import dev.warroom.core.incident.Autopilot;
import dev.warroom.core.incident.IncidentEvent;
import dev.warroom.core.incident.IncidentRig;
import dev.warroom.core.incident.NoteKind;
import dev.warroom.core.journal.JournalVerifier;
import dev.warroom.core.journal.Verdict;
import dev.warroom.core.plan.model.Plan;
import dev.warroom.core.report.ReportDocuments;
import dev.warroom.core.report.ReportInput;
import dev.warroom.core.report.ReportTemplates;
import dev.warroom.core.report.doc.JournalCheck;
import dev.warroom.core.report.doc.ReportDocument;
import dev.warroom.core.text.TextLanguage;
import dev.warroom.report.html.HtmlReportRenderer;
import dev.warroom.report.md.MarkdownRenderer;
import dev.warroom.report.pdf.PdfReportRenderer;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One report of a 10,000-event journal written as Markdown, HTML and PDF in the same run, so the three compare
 * on the same machine at the same moment. Goals: HTML in at most 1 s, PDF in at most 5 s. The journal is a
 * real TABLETOP of the AI Workflow plan (region failure, autopilot) with the team's notes filling it to the
 * size; each operation writes the whole report once (single shot), the document built beforehand.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 10)
@Fork(1)
public class ReportRenderBenchmark {

    @Param("10000")
    public int events;

    @Param("zh-TW")
    public String language;

    private Path directory;
    private ReportInput input;
    private ReportDocument document;
    private final MarkdownRenderer markdown = new MarkdownRenderer();
    private final HtmlReportRenderer html = new HtmlReportRenderer();
    private final PdfReportRenderer pdf = new PdfReportRenderer();

    @Setup(Level.Trial)
    public void writeJournal() throws Exception {
        Path memory = Path.of("/dev/shm");
        // The journal's fsyncs are not what is measured: keep them off the real disk where there is a tmpfs.
        directory = Files.createTempDirectory(Files.isDirectory(memory) ? memory : Path.of(System.getProperty("java.io.tmpdir")),
                "warroom-report-bench-");
        Path file = directory.resolve("incident.jsonl");
        try (IncidentRig rig = IncidentRig.open(file)) {
            int notes = events - 160;
            for (int i = 0; i < notes; i++) {
                NoteKind kind = i % 50 == 0 ? NoteKind.ISSUE : i % 75 == 0 ? NoteKind.ACTION_ITEM : NoteKind.NOTE;
                rig.incident.note(kind, "第 " + i + " 則：DR 資料庫延遲 " + (i % 90) + " 秒，<b>告警</b> | pipe", i % 3 == 0 ? "dba" : "王小明");
                rig.clock.advance(Duration.ofMillis(250));
            }
            rig.driveToEnd(new Autopilot());
        }
        List<IncidentEvent> journal = IncidentRig.eventsIn(file);
        Verdict verdict = JournalVerifier.verify(file);
        Plan plan = IncidentRig.plan();
        TextLanguage words = TextLanguage.fromTag(language).orElseThrow();
        input = new ReportInput(plan, journal, new JournalCheck(verdict.lastHash(), verdict.ok(), verdict.message()),
                ReportTemplates.defaultFor(plan, false, words), words);
        document = ReportDocuments.build(input);
        System.out.printf("%njournal: %d events; document: %d sections%n", journal.size(), document.sections().size());
    }

    @TearDown(Level.Trial)
    public void removeJournal() throws IOException {
        try (var paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    @Benchmark
    public ReportDocument buildDocument() {
        return ReportDocuments.build(input);
    }

    @Benchmark
    public long markdown() throws IOException {
        CountingSink out = new CountingSink();
        markdown.render(document, out);
        return out.bytes;
    }

    @Benchmark
    public long html() throws IOException {
        CountingSink out = new CountingSink();
        html.render(document, out);
        return out.bytes;
    }

    @Benchmark
    public long pdf() throws IOException {
        CountingSink out = new CountingSink();
        pdf.render(document, out);
        return out.bytes;
    }

    /** Counts what a renderer writes and keeps none of it: the file system is not what is measured. */
    static final class CountingSink extends OutputStream {
        long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }
}
