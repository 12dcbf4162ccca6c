package dev.warroom.cli;

import dev.warroom.core.report.doc.ReportDocument;
import dev.warroom.report.ReportFormat;
import dev.warroom.report.ReportRenderer;
import dev.warroom.report.Renderers;
import dev.warroom.report.csv.CsvRenderer;
import dev.warroom.report.csv.CsvTable;
import dev.warroom.report.pdf.PdfReportRenderer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;

/**
 * Lays a report document out in one format and puts it where it was asked for: a file (written whole or not
 * at all: beside it first, then moved into place) or, for the text formats, the terminal.
 */
final class ReportOutput {

    private final PrintWriter out;
    private final PrintWriter err;

    ReportOutput(PrintWriter out, PrintWriter err) {
        this.out = out;
        this.err = err;
    }

    /** False, having said why, when nothing was written. */
    boolean write(ReportDocument document, ReportFormat format, CsvTable table, Path file) throws IOException {
        Optional<ReportRenderer> renderer = format == ReportFormat.CSV ? Optional.of(new CsvRenderer(table)) : Renderers.of(format);
        if (renderer.isEmpty()) {
            err.println("warroom: this build of WarRoom has no " + format.word() + " renderer");
            return false;
        }
        if (renderer.get() instanceof CsvRenderer csv && !csv.holds(document)) {
            err.println("warroom: the report from template '" + document.templateId() + "' holds no " + table.word()
                    + " table, so there is no CSV of it; choose a template with one (--template incident or drill)");
            return false;
        }
        if (file == null) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            renderer.get().render(document, bytes);
            out.print(bytes.toString(StandardCharsets.UTF_8));
            out.flush();
            return true;
        }
        List<String> warnings = toFile(renderer.get(), document, file);
        warnings.forEach(w -> err.println("warroom: " + w));
        out.println("report written to " + file);
        return true;
    }

    private static List<String> toFile(ReportRenderer renderer, ReportDocument document, Path file) throws IOException {
        Path target = file.toAbsolutePath();
        Path part = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".part");
        try {
            List<String> warnings = List.of();
            try (OutputStream stream = Files.newOutputStream(part)) {
                if (renderer instanceof PdfReportRenderer pdf) {
                    warnings = pdf.write(document, stream);
                } else {
                    renderer.render(document, stream);
                }
            }
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return warnings;
        } finally {
            Files.deleteIfExists(part);
        }
    }
}
