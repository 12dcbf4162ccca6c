package dev.warroom.report.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warroom.core.report.doc.ReportDocument;
import dev.warroom.report.TestDocuments;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvRendererTest {

    private static byte[] bytes(CsvTable table, ReportDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CsvRenderer(table).render(document, out);
        return out.toByteArray();
    }

    private static List<List<String>> records(CsvTable table, ReportDocument document) throws IOException {
        byte[] bytes = bytes(table, document);
        return Rfc4180.parse(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8));
    }

    @Test
    void theTimelineIsUtf8WithAByteOrderMarkSoSpreadsheetsReadChinese() throws IOException {
        byte[] bytes = bytes(CsvTable.TIMELINE, TestDocuments.drill());

        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("提升備援資料庫為主庫,王小明").endsWith("\r\n");
    }

    @Test
    void theTimelineParsesBackToTheDocumentsRowsWithQuotesCommasAndLineBreaksKept() throws IOException {
        List<List<String>> records = records(CsvTable.TIMELINE, TestDocuments.drill());

        assertThat(records).hasSize(4);
        assertThat(records.get(0)).containsExactly("Time", "T+", "Event", "Actor", "Outcome");
        assertThat(records.get(1)).containsExactly("09:00:00", "'-2m", "Impact: region down, \"East US\"", "drill", "");
        assertThat(records.get(2).get(4)).isEqualTo("'+1 line\nsecond line");
        assertThat(records.get(3)).containsExactly("09:04:00", "2m", "提升備援資料庫為主庫", "王小明", "done");
    }

    @Test
    void aCellAFormulaCouldStartFromGetsALeadingApostrophe() throws IOException {
        List<List<String>> records = records(CsvTable.TIMELINE, TestDocuments.drill());

        assertThat(records.get(2).get(2)).isEqualTo("'=HYPERLINK(\"http://evil.example\",\"x\")");
        assertThat(records.get(2).get(3)).isEqualTo("'@mallory");
        assertThat(records.get(2).get(4)).startsWith("'+");
        assertThat(records.get(1).get(1)).isEqualTo("'-2m");
        assertThat(records.stream().flatMap(List::stream)).noneMatch(f -> !f.isEmpty() && "=+-@\t\r".indexOf(f.charAt(0)) >= 0);
        assertThat(CsvCells.field("\tcmd")).isEqualTo("'\tcmd");
        assertThat(CsvCells.field("plain")).isEqualTo("plain");
    }

    @Test
    void theActionItemsComeInTheColumnsAnIssueTrackerImports() throws IOException {
        List<List<String>> records = records(CsvTable.ACTION_ITEMS, TestDocuments.drill("zh-TW", TestDocuments.verified()));

        assertThat(records).containsExactly(
                List.of("Summary", "Description", "Owner", "Due date", "Priority", "Status"),
                List.of("page the DBA on call sooner", "from the hot wash, by erin", "erin", "2025-04-01", "high", "open"),
                List.of("'-watch replica lag", "nobody watched the replica lag", "", "", "medium", "open"));
    }

    @Test
    void aReportWithoutATimelineIsRefusedInWords() {
        ReportDocument full = TestDocuments.drill();
        ReportDocument without = new ReportDocument(full.title(), "en", "after-action", full.journal(), List.of(full.sections().get(0)), "");

        assertThat(new CsvRenderer().holds(without)).isFalse();
        assertThatThrownBy(() -> bytes(CsvTable.TIMELINE, without)).isInstanceOf(IOException.class)
                .hasMessage("the report holds no timeline (its template 'after-action' has no timeline section)");
        assertThat(new CsvRenderer(CsvTable.ACTION_ITEMS).holds(without)).isTrue();
    }
}
