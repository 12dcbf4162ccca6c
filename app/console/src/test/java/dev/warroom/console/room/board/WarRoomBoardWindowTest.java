package dev.warroom.console.room.board;

import static dev.warroom.console.room.board.Looks.background;
import static dev.warroom.console.room.board.Looks.hasPseudoClass;
import static dev.warroom.console.room.board.Looks.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warroom.console.WarRoomApp;
import dev.warroom.console.options.ConsoleOptions;
import dev.warroom.console.palette.ConsoleTestKit;
import dev.warroom.core.plan.model.Plan;
import dev.warroom.core.plan.model.Resource;
import dev.warroom.core.plan.model.Site;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The war room as a commander first sees it on the AI Workflow plan: the region-failure tabletop
 * (the default scenario) with East US gone. Header, state board and status bar in the dark theme.
 */
class WarRoomBoardWindowTest extends ApplicationTest {

    private static final Path ROOT = Path.of(System.getProperty("warroom.root", "../.."));
    private static final Path PLAN = ROOT.resolve("plans/ai-workflow.yaml");
    private static Plan plan;
    private WarRoomApp app;

    @BeforeAll
    static void readPlan() throws Exception {
        plan = dev.warroom.console.palette.ConsoleTestKit.plan(PLAN);
    }

    @AfterAll
    static void cleanUp() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Override
    public void start(Stage stage) throws Exception {
        Path journal = Files.createTempDirectory("warroom-board").resolve("incident.jsonl");
        app = new WarRoomApp(ConsoleOptions.parse(List.of("--clock", "accelerated", "--speed", "30", "--journal", journal.toString(),
                "--plan", PLAN.toString())));
        app.start(stage);
    }

    @Override
    public void stop() throws Exception {
        ConsoleTestKit.stopAndWaitForClosing(app);
    }

    @Test
    void eastUsIsShownUnreachableWhileTheClocksRun() throws Exception {
        waitUntil(() -> lookup("#board").tryQuery().isPresent()
                && hasPseudoClass(lookup("#resource-db-prod").query(), "unreachable")
                && hasPseudoClass(lookup("#resource-db-dr").query(), "up"));

        Label banner = lookup("#mode-banner").queryAs(Label.class);
        assertThat(banner.getText()).isEqualTo("TABLETOP");
        assertThat(hasPseudoClass(banner, "tabletop")).isTrue();
        assertThat(background(banner)).isEqualTo(Color.web("#1f6feb"));
        assertThat(lookup("#incident-title").queryAs(Label.class).getText()).startsWith("AI Workflow Platform");
        assertThat(lookup("#incident-status").queryAs(Label.class).getText()).isEqualTo("DECIDING");

        for (Site site : plan.sites()) {
            assertThat(lookup("#site-" + site.id()).tryQuery()).as(site.id()).isPresent();
            for (Resource resource : site.resources()) {
                Node row = lookup("#resource-" + resource.id()).query();
                assertThat(row.isVisible()).as(resource.id()).isTrue();
                assertThat(lookup("#resource-" + resource.id() + " .wr-resource-title").queryAs(Label.class).getText())
                        .isEqualTo(resource.title());
            }
        }

        Site eastus = plan.sites().stream().filter(s -> s.id().equals("eastus")).findFirst().orElseThrow();
        List<Resource> regional = eastus.resources().stream().filter(r -> !r.kind().equals("azure-service-health")).toList();
        for (Resource resource : regional) {
            String row = "#resource-" + resource.id();
            assertThat(hasPseudoClass(lookup(row).query(), "unreachable")).as(resource.id()).isTrue();
            Label badge = lookup(row + " .wr-badge").queryAs(Label.class);
            assertThat(badge.getText()).isEqualTo("UNREACHABLE");
            assertThat(badge.getTextFill()).isEqualTo(Color.web("#f85149"));
            assertThat(lookup(row + " .wr-error").queryAs(Label.class).getText()).contains("no answer from eastus");
            assertThat(lookup(row + " .wr-age").queryAs(Label.class).getText()).isEqualTo("never read");
        }
        assertThat(lookup("#summary-eastus").queryAs(Label.class).getText())
                .startsWith(regional.size() + " of " + eastus.resources().size() + " unreachable");
        Label healthyBadge = lookup("#resource-db-dr .wr-badge").queryAs(Label.class);
        assertThat(healthyBadge.getText()).isEqualTo("UP");
        assertThat(healthyBadge.getTextFill()).isEqualTo(Color.web("#3fb950"));

        assertThat(lookup("#resource-db-dr .wr-lag").queryAs(Label.class).getText()).matches("lag \\d+\\.\\ds");
        assertThat(lookup("#resource-db-dr .wr-role").queryAs(Label.class).getText()).isEqualTo("replica");
        assertThat(lookup("#resource-db-dr .wr-age").queryAs(Label.class).getText()).matches("(\\d+m )?\\d+s ago");
        assertThat(lookup("#resource-dr-api-gateway .wr-detail").queryAs(Label.class).getText()).startsWith("replicas ");
        assertThat(lookup("#rpo-value").queryAs(Label.class).getText()).matches("\\d+\\.\\ds");
        assertThat(lookup("#rpo-target").queryAs(Label.class).getText()).startsWith("RPO 15m · ");

        String rtoAtFirst = lookup("#rto-value").queryAs(Label.class).getText();
        assertThat(rtoAtFirst).matches("\\d+:\\d\\d:\\d\\d");
        assertThat(lookup("#rto-target").queryAs(Label.class).getText()).isEqualTo("target 1h30m");
        waitUntil(() -> !lookup("#rto-value").queryAs(Label.class).getText().equals(rtoAtFirst));

        Label azure = lookup("#provider-azure").queryAs(Label.class);
        assertThat(azure.getText()).startsWith("azure · ").contains(" unreachable · ").endsWith(" ago");
        assertThat(hasPseudoClass(azure, "partial")).isTrue();
        assertThat(lookup("#provider-kubernetes").queryAs(Label.class).getText()).startsWith("kubernetes · ");
        assertThat(lookup("#provider-http").queryAs(Label.class).getText()).startsWith("http · ");
        assertThat(lookup("#world").queryAs(Label.class).getText()).isEqualTo("world: simulated");
        assertThat(lookup("#identity").queryAs(Label.class).getText()).isEqualTo("no credentials (simulated)");

        ConsoleTestKit.screenshot(banner.getScene(), "war-room-dark");
    }

    @Test
    void aSiteThatIsAllGoneFoldsToItsSummarySoTheDrSiteComesIntoView() throws Exception {
        waitUntil(() -> lookup("#board").tryQuery().isPresent()
                && hasPseudoClass(lookup("#resource-db-prod").query(), "unreachable"));
        Node drSite = lookup("#site-westeurope").query();
        double windowHeight = drSite.getScene().getHeight();
        assertThat(drSite.localToScene(0, 0).getY()).as("the DR site starts below the window").isGreaterThan(windowHeight);

        clickOn("#fold-eastus");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(lookup("#resource-db-prod").query().isVisible()).isFalse();
        assertThat(lookup("#summary-eastus").queryAs(Label.class).getText()).startsWith("13 of 14 unreachable");
        ConsoleTestKit.screenshot(drSite.getScene(), "war-room-dark-folded");
        assertThat(drSite.localToScene(0, 0).getY()).as("the DR site's title and first resources are in the window")
                .isLessThan(windowHeight - 200);

        clickOn("#fold-eastus");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup("#resource-db-prod").query().isVisible()).isTrue();
    }
}
