package dev.warroom.report.chart;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warroom.core.report.doc.Cell;
import dev.warroom.core.report.doc.Chart;
import dev.warroom.core.report.doc.JournalCheck;
import dev.warroom.core.report.doc.Paragraph;
import dev.warroom.core.report.doc.ReportDocument;
import dev.warroom.core.report.doc.ReportSection;
import dev.warroom.report.fixture.SampleReports;
import dev.warroom.report.font.ReportFonts;
import dev.warroom.report.html.HtmlReportRenderer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The lag chart's y-axis runs up to the readings, not to an RPO far above them: lags of a second or two under an RPO of
 * 15 minutes used to lie flat along the axis. An RPO within twice the largest reading is still drawn as its line.
 */
class LagAxisScaledToTheReadingsTest {

    private static final List<Chart.Point> SECONDS = List.of(
            new Chart.Point("db-west", Duration.ZERO, Duration.ofMillis(800)),
            new Chart.Point("db-west", Duration.ofSeconds(10), Duration.ofSeconds(2)),
            new Chart.Point("db-west", Duration.ofSeconds(20), Duration.ofMillis(1500)));

    private static Element svg(Optional<Duration> rpo) throws IOException {
        Chart.LagLine lag = new Chart.LagLine("Replica lag", "", SECONDS, rpo, Optional.empty());
        ReportDocument document = new ReportDocument("Report", "en", "incident", new JournalCheck(SampleReports.FINAL_HASH, true, "verified"),
                List.of(new ReportSection("replica-lag", "Replication lag", List.of(new Paragraph(Cell.of("Lag.")), lag))), "");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new HtmlReportRenderer(ReportFonts.none()).render(document, out);
        return Jsoup.parse(out.toString(StandardCharsets.UTF_8)).selectFirst("figure.chart svg");
    }

    @Test
    void anRpoFarAboveEveryReadingIsNotDrawnAndTheAxisEndsNearTheLargestReading() throws IOException {
        Element chart = svg(Optional.of(Duration.ofMinutes(15)));

        assertThat(chart.select("text").eachText()).as("the axes' labels (the readings span 20s)").contains("0s", "1s", "2s")
                .noneMatch(label -> label.endsWith("m") || label.startsWith("RPO"));
    }

    @Test
    void theLagAxisSaysEachTickOnceInWholeSeconds() throws IOException {
        List<String> lagAxis = svg(Optional.of(Duration.ofMinutes(15))).select("text[text-anchor=end][x=58]").eachText();

        assertThat(lagAxis).as("no tick at 1.5s labelled 2s as well").containsExactly("0s", "1s", "2s", "3s");
    }

    @Test
    void anRpoWithinTwiceTheLargestReadingIsDrawnAsItsLine() throws IOException {
        Element chart = svg(Optional.of(Duration.ofSeconds(3)));

        assertThat(chart.select("text").eachText()).contains("RPO 3s").noneMatch(label -> label.endsWith("m"));
    }

    @Test
    void theChartSaysWhetherItsRpoIsInView() {
        assertThat(new Chart.LagLine("", "", SECONDS, Optional.of(Duration.ofSeconds(4)), Optional.empty()).rpoInView()).isTrue();
        assertThat(new Chart.LagLine("", "", SECONDS, Optional.of(Duration.ofMillis(4001)), Optional.empty()).rpoInView()).isFalse();
        assertThat(new Chart.LagLine("", "", SECONDS, Optional.empty(), Optional.empty()).rpoInView()).isFalse();
    }
}
