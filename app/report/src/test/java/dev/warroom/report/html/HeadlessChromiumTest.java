package dev.warroom.report.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.warroom.core.report.doc.ReportDocument;
import dev.warroom.report.fixture.SampleReports;
import dev.warroom.report.fixture.Tool;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A real browser opens the HTML report in a network namespace of its own (nothing it does can leave the machine)
 * and takes a screenshot; its network log must record no fetch by the page.
 */
class HeadlessChromiumTest {

    private static final Duration PATIENCE = Duration.ofSeconds(120);
    private static final int CHART_RED = 0xc62828;

    @BeforeAll
    static void chromiumAndANamespaceAreThere() throws IOException, InterruptedException {
        assumeTrue(Tool.installed("chromium"), "chromium is not installed (apt-get install -y chromium): the browser check is skipped");
        assumeTrue(Tool.installed("unshare") && Tool.run(Duration.ofSeconds(20), "unshare", "-n", "true").exitCode() == 0,
                "this user cannot make a network namespace (unshare -n): the browser check is skipped");
    }

    @Test
    void theReportRendersWithItsChartsAndFetchesNothing() throws IOException, InterruptedException {
        Path html = page(SampleReports.drillInChinese(), "drill-zh-TW.html");
        Browsed browsed = browse(html, "drill-zh-TW");

        assertThat(browsed.pageRequests()).as("requests the page made").isEmpty();
        assertThat(browsed.urls()).as("every URL in the network log").allMatch(url -> !url.contains("192.0.2."));
        BufferedImage screenshot = ImageIO.read(browsed.screenshot().toFile());
        assertThat(screenshot.getWidth()).isEqualTo(1200);
        assertThat(pixels(screenshot, CHART_RED)).as("the phase chart's red bar").isGreaterThan(2000);
    }

    @Test
    void theNetworkLogCheckWouldSeeAPageThatFetches() throws IOException, InterruptedException {
        Path html = Tool.samples().toAbsolutePath().resolve("fetching.html");
        Files.writeString(html, "<!DOCTYPE html><html><body><img src=\"http://192.0.2.7/probe.png\"></body></html>");

        Browsed browsed = browse(html, "fetching");

        assertThat(browsed.pageRequests()).anyMatch(url -> url.startsWith("http://192.0.2.7/"));
    }

    private static Path page(ReportDocument document, String name) throws IOException {
        Path html = Tool.samples().toAbsolutePath().resolve(name);
        try (OutputStream out = Files.newOutputStream(html)) {
            new HtmlReportRenderer().render(document, out);
        }
        return html;
    }

    record Browsed(Path screenshot, List<String> pageRequests, List<String> urls) {
    }

    private static Browsed browse(Path html, String name) throws IOException, InterruptedException {
        Path dir = Tool.samples().toAbsolutePath();
        Path screenshot = dir.resolve(name + "-chromium.png");
        Path netLog = dir.resolve(name + "-netlog.json");
        Path profile = Files.createTempDirectory("warroom-chromium-");
        Files.deleteIfExists(screenshot);
        Files.deleteIfExists(netLog);
        String chromium = String.join(" ", List.of("chromium", "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--no-first-run", "--disable-dev-shm-usage",
                "--user-data-dir=" + profile, "--log-net-log=" + netLog, "--screenshot=" + screenshot,
                "--window-size=1200,1600", html.toUri().toString()));
        Tool.Result result;
        try {
            result = Tool.run(PATIENCE, "unshare", "-n", "sh", "-c", "ip link set lo up && exec " + chromium);
        } finally {
            deleteTree(profile);
        }
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(screenshot).exists();
        return readNetLog(screenshot, netLog);
    }

    /** Every URL request in the log, and those a page started (the browser's own carry no origin). */
    private static Browsed readNetLog(Path screenshot, Path netLog) throws IOException {
        JsonNode log = new ObjectMapper().readTree(netLog.toFile());
        Map<Integer, String> eventNames = new HashMap<>();
        log.path("constants").path("logEventTypes").fields().forEachRemaining(e -> eventNames.put(e.getValue().asInt(), e.getKey()));
        List<String> pageRequests = new ArrayList<>();
        List<String> urls = new ArrayList<>();
        for (JsonNode event : log.path("events")) {
            JsonNode params = event.path("params");
            if (!"URL_REQUEST_START_JOB".equals(eventNames.get(event.path("type").asInt())) || !params.has("url")) {
                continue;
            }
            String url = params.path("url").asText();
            urls.add(url);
            if (!"not an origin".equals(params.path("initiator").asText())) {
                pageRequests.add(url);
            }
        }
        return new Browsed(screenshot, pageRequests, urls);
    }

    private static void deleteTree(Path root) throws IOException {
        try (var paths = Files.walk(root)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    private static int pixels(BufferedImage image, int rgb) {
        int count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xffffff) == rgb) {
                    count++;
                }
            }
        }
        return count;
    }
}
