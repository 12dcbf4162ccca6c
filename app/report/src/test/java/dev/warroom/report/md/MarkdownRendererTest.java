package dev.warroom.report.md;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warroom.core.report.doc.Cell;
import dev.warroom.core.report.doc.Chart;
import dev.warroom.core.report.doc.Mark;
import dev.warroom.core.report.doc.Paragraph;
import dev.warroom.core.report.doc.ReportDocument;
import dev.warroom.core.report.doc.ReportSection;
import dev.warroom.core.report.doc.Table;
import dev.warroom.report.TestDocuments;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.api.Test;

class MarkdownRendererTest {

    private static final List<org.commonmark.Extension> GFM = List.of(TablesExtension.create());

    private static String markdown(ReportDocument document) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new MarkdownRenderer().render(document, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    /** The page as GitHub shows it: the Markdown read as CommonMark with GFM tables, written out as HTML. */
    private static String asGithubShowsIt(String markdown) {
        return HtmlRenderer.builder().extensions(GFM).build().render(Parser.builder().extensions(GFM).build().parse(markdown));
    }

    @Test
    void aStepTitleWithATablePipeALinkAndAScriptReadsAsTextEverywhere() throws Exception {
        String html = asGithubShowsIt(markdown(TestDocuments.drill()));

        assertThat(html).doesNotContain("<script", "<img", "<a ", "href=", "javascript:alert(1)\"");
        assertThat(html).contains("Promote | replica [click](javascript:alert(1)) &lt;script&gt;alert('x')&lt;/script&gt;"
                + " &lt;img src=x onerror=alert(2)&gt;");
        String stepsRow = html.lines().dropWhile(l -> !l.contains("<td>failover</td>")).limit(7).reduce("", String::concat);
        assertThat(stepsRow).as("the pipe in the title stays inside its cell: the row keeps its five cells")
                .contains("<td>failover</td><td>Promote | replica").contains("<td>done</td>".replace("done", "✅ done"))
                .contains("<td>alice</td>");
        assertThat(html).contains("<h3>Step Promote | replica");
        assertThat(html).contains("<li>Promote | replica [click](javascript:alert(1))");
    }

    @Test
    void linesThatLookLikeMarkdownStructureStayText() throws Exception {
        ReportDocument document = TestDocuments.drill();
        String html = asGithubShowsIt(markdown(new ReportDocument(document.title(), "en", "drill", document.journal(),
                List.of(document.sections().get(6)), "")));
        String notes = html.substring(html.indexOf("<h2>Notes</h2>"));

        assertThat(notes).doesNotContain("<h1>", "<h3>", "<ul>", "<ol>", "<blockquote>", "<pre>", "<code>", "<hr", "<table>", "<strong>",
                "<em>", "<del>", "<b>");
        assertThat(notes).contains("# not a heading<br />", "- not a list<br />", "1. not numbered<br />", "&gt; not a quote<br />",
                "not code<br />", "---<br />", "=====<br />", "| not | a table |<br />", "```<br />",
                "&amp;lt;b&amp;gt; stays an entity's text", "**not bold** _nor this_", "`not code`", "~~not struck~~");
    }

    @Test
    void theJournalCheckComesFirstWithTheFinalHash() throws Exception {
        List<String> lines = markdown(TestDocuments.drill()).lines().toList();

        assertThat(lines.get(0)).isEqualTo("# Drill report — AI Workflow \\| db-primary-drill-q1");
        assertThat(lines.get(2)).isEqualTo("> **✅ Journal verified**: chain intact, 88 events, sealed at event 88\\");
        assertThat(lines.get(3)).isEqualTo("> Final hash: `" + TestDocuments.HASH + "`");
        assertThat(lines.subList(0, 4)).noneMatch(l -> l.contains("FAILED"));
    }

    @Test
    void aJournalThatFailedVerificationSaysSoAtTheTop() throws Exception {
        String md = markdown(TestDocuments.drill("en", TestDocuments.failed()));
        String top = String.join("\n", md.lines().limit(4).toList());

        assertThat(top).contains("❌ Journal FAILED verification").contains("event 10 (step.confirmed) was altered");
        assertThat(asGithubShowsIt(md)).contains("<strong>❌ Journal FAILED verification</strong>");
    }

    @Test
    void theReportsOwnWordsFollowItsLanguage() throws Exception {
        assertThat(markdown(TestDocuments.drill("zh-TW", TestDocuments.failed()))).contains("❌ 日誌驗證失敗", "最終雜湊", "待填寫", "副本延遲");
        assertThat(markdown(TestDocuments.drill("zh-CN", TestDocuments.verified()))).contains("✅ 日志验证通过", "最终哈希", "待填写");
    }

    @Test
    void aChartIsItsDescriptionAndATableOfItsData() throws Exception {
        String md = markdown(TestDocuments.drill());

        assertThat(md).contains("**RTO phases**\n\nDetection took 1m of a 2m budget; recovery took 3m of a 2m budget.\n\n"
                + "|  | Actual | Budget |  |\n|---|---|---|---|\n| Detection | 1m | 2m | ✅ |\n| Recovery | 3m | 2m | ❌ |\n"
                + "| Verification | not measured | 1m | ⚠️ |\n");
        assertThat(md).contains("| apps reconnected within 30 s | 13s | 30s | ✅ |");
        assertThat(md).contains("| Promote \\| replica \\[click\\](javascript:alert(1)) \\<script\\>alert('x')\\</script\\>"
                + " \\<img src=x onerror=alert(2)\\> | T+1m | T+2m | ✅ |");
        assertThat(md).contains("RPO: 30s · Promotion at T+2m", "| Resource | Time since impact | Replica lag |",
                "| db-dr | T+0s | 0s |", "| db-dr | T+1m58s | 2s |", "*24 of 60 readings shown*");
    }

    @Test
    void aChartWhoseDataATableOfItsSectionHoldsIsSaidOnceByItsWords() throws Exception {
        Table phases = new Table("rto-phases", "RTO phases", List.of("Phase", "Budget", "Actual", "Verdict"), List.of(
                List.of(Cell.of("detection"), Cell.of("5m"), Cell.of("1m"), Cell.of("met"))));
        Chart.PhaseBars bars = new Chart.PhaseBars("RTO phases against their budgets", "1 phase: 1 met.", List.of(
                new Chart.Bar("detection", Optional.of(Duration.ofMinutes(1)), Optional.of(Duration.ofMinutes(5)), Mark.GOOD, "1m", "5m")),
                "rto-phases");
        ReportDocument document = TestDocuments.drill();
        String md = markdown(new ReportDocument(document.title(), "en", "drill", document.journal(),
                List.of(new ReportSection("metrics", "Metrics", List.of(phases, bars)),
                        new ReportSection("elsewhere", "Elsewhere", List.of(bars))), ""));

        String metrics = md.substring(md.indexOf("## Metrics"), md.indexOf("## Elsewhere"));
        assertThat(metrics).contains("| detection | 5m | 1m | met |", "1 phase: 1 met.").doesNotContain("| detection | 1m | 5m |",
                "**RTO phases against their budgets**");
        assertThat(md.substring(md.indexOf("## Elsewhere"))).as("without the table beside it, the chart keeps its data")
                .contains("**RTO phases against their budgets**", "| detection | 1m | 5m | ✅ |");
    }

    @Test
    void aLagLineGivesEachReadingsResource() throws Exception {
        Chart.LagLine lag = new Chart.LagLine("Lag", "", List.of(new Chart.Point("db-dr", Duration.ZERO, Duration.ofSeconds(2)),
                new Chart.Point("redis-dr", Duration.ZERO, Duration.ofSeconds(1)),
                new Chart.Point("db-dr", Duration.ofMinutes(1), Duration.ofSeconds(3))), Optional.empty(), Optional.empty());
        ReportDocument document = TestDocuments.drill();
        String md = markdown(new ReportDocument(document.title(), "en", "drill", document.journal(),
                List.of(new ReportSection("lag", "Lag", List.of(lag))), ""));

        assertThat(md).contains("| Resource | Time since impact | Replica lag |\n|---|---|---|\n| db-dr | T+0s | 2s |\n"
                + "| db-dr | T+1m | 3s |\n| redis-dr | T+0s | 1s |\n");
    }

    @Test
    void aLongLagLineShowsEvenlySpreadReadingsWithTheFirstAndTheLast() {
        List<Chart.Point> points = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            points.add(new Chart.Point("db-dr", Duration.ofSeconds(i), Duration.ofMillis(i)));
        }

        List<Chart.Point> shown = MarkdownCharts.spread(points, MarkdownCharts.MAX_LAG_ROWS);

        assertThat(shown).hasSize(MarkdownCharts.MAX_LAG_ROWS).startsWith(points.get(0)).endsWith(points.get(9_999))
                .isSortedAccordingTo((a, b) -> a.at().compareTo(b.at())).doesNotHaveDuplicates();
    }

    @Test
    void aFieldLeftToTheAuthorIsClearlyMarkedEmpty() throws Exception {
        String md = markdown(TestDocuments.drill());

        assertThat(md).contains("## Root cause\n\n> ✏️ **Root cause** — *to fill*: What made the primary fail?\n");
        assertThat(md).contains("| -watch replica lag | nobody watched the replica lag | ✏️ *to fill* | ✏️ *to fill* | medium | open |");
    }

    @Test
    void aParagraphKeepsItsLineBreaksAndItsMark() throws Exception {
        ReportDocument document = new ReportDocument("T", "en", "incident", TestDocuments.verified(), List.of(new ReportSection("s", "S",
                List.of(new Paragraph(Cell.marked("first\nsecond", dev.warroom.core.report.doc.Mark.BAD))))), "");

        String html = asGithubShowsIt(markdown(document));

        assertThat(html).contains("<p>❌ first<br />\nsecond</p>");
    }
}
