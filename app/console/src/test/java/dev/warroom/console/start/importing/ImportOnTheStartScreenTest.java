package dev.warroom.console.start.importing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warroom.console.WarRoomApp;
import dev.warroom.console.i18n.Messages;
import dev.warroom.console.options.ConsoleOptions;
import dev.warroom.console.palette.ConsoleTestKit;
import dev.warroom.console.start.StartScreen;
import dev.warroom.console.start.StartViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollBar;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The start screen's Import action on the garbled AI Workflow document: before anything is saved the author sees how the
 * text was repaired, the characters left to check with their lines, and what became what; saving writes the draft and
 * its mapping report and opens the draft as the chosen plan, which validates. A document that cannot be imported says
 * why and offers nothing to save.
 */
class ImportOnTheStartScreenTest extends ApplicationTest {

    @TempDir
    Path dir;
    private WarRoomApp app;
    private Stage stage;

    @BeforeAll
    static void screen() {
        ConsoleTestKit.roomyHeadlessScreen();
    }

    @Override
    public void start(Stage stage) throws Exception {
        this.stage = stage;
        app = new WarRoomApp(ConsoleOptions.parse(List.of("--start", "--clock", "virtual", "--plans", ConsoleTestKit.plans().toString(),
                "--incidents", Files.createDirectories(dir.resolve("incidents")).toString(), "--actor", "alice")));
        app.start(stage);
    }

    @Override
    public void stop() throws Exception {
        ConsoleTestKit.stopAndWaitForClosing(app);
    }

    private StartViewModel viewModel() {
        return lookup("#start").queryAs(StartScreen.class).viewModel();
    }

    private boolean showing(String id) {
        return lookup(id).tryQuery().map(n -> n.isVisible() && n.getScene() == stage.getScene()).orElse(false);
    }

    @Test
    void theGarbledDocumentIsReviewedWithItsRepairAndCharactersToCheckThenSavedAndOpenedAsAPlan() throws Exception {
        Path garbled = Files.copy(ConsoleTestKit.plans().resolve("sources").resolve("001_785f90abe9d4ddce.txt"), dir.resolve("dr-plan.md"));

        interact(() -> viewModel().importing().importDocument(garbled));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> showing("#import-review"));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(lookup("#import-encoding").queryAs(Label.class).getText()).contains("repaired");
        assertThat(lookup("#import-summary").queryAs(Label.class).getText()).startsWith("Draft plan \"").containsPattern("\\d+ procedure steps in \\d+ procedures").doesNotContain(" 0 checklist items");
        ListView<String> uncertain = lookup("#import-uncertain").queryListView();
        assertThat(uncertain.getItems()).isNotEmpty().allMatch(line -> line.matches("Line \\d+, column \\d+: .+") && !line.contains("\n"));
        ListView<String> mapping = lookup("#import-mapping").queryListView();
        assertThat(mapping.getItems()).isNotEmpty().anyMatch(line -> line.contains("procedures")).anyMatch(line -> line.contains("checklists"));
        assertThat(lookup("#import-save").queryButton().isVisible()).isTrue();
        for (String list : List.of("#import-uncertain", "#import-warnings", "#import-mapping")) {
            assertThat(lookup(list + " .scroll-bar").queryAllAs(ScrollBar.class))
                    .as("%s wraps its long lines instead of scrolling them sideways", list)
                    .noneMatch(bar -> bar.getOrientation() == Orientation.HORIZONTAL && bar.isVisible());
        }
        ConsoleTestKit.screenshot(stage.getScene(), "start-import-review-dark");

        Path draft = dir.resolve("ai-workflow-draft.yaml");
        interact(() -> viewModel().importing().save(draft));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !showing("#import-review")
                && viewModel().selectedPlanProperty().get() != null && viewModel().selectedPlanProperty().get().file().equals(draft));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(draft).exists();
        assertThat(dir.resolve("ai-workflow-draft.import.md")).content().contains("## What became what").contains("## Uncertain characters (");
        assertThat(viewModel().selectedPlanProperty().get().usable()).as("the draft validates and can be opened").isTrue();
        assertThat(lookup("#start-open").queryButton().isDisabled()).isFalse();
    }

    @Test
    void howTheGarbledTextHadBeenDamagedAndWhatBecameWhatAreSaidInTheConsolesLanguage() throws Exception {
        Path garbled = Files.copy(ConsoleTestKit.plans().resolve("sources").resolve("001_785f90abe9d4ddce.txt"), dir.resolve("dr-plan.md"));
        interact(() -> viewModel().importing().importDocument(garbled));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> showing("#import-review"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup("#import-encoding").queryAs(Label.class).getText()).isEqualTo("Read as UTF-8: its text was UTF-8 once read as"
                + " Windows-1252 and saved again, which lost some bytes; repaired (check the characters below).");

        interact(() -> app.messages().setLocale(Messages.TRADITIONAL_CHINESE));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup("#import-encoding").queryAs(Label.class).getText())
                .isEqualTo("以 UTF-8 讀取：其文字原為 UTF-8，曾被當成 Windows-1252 讀取後再存檔，部分位元組已遺失；已修復（請核對下方的字元）。")
                .doesNotContain("holding", "read as", "some bytes lost");
        ListView<String> warnings = lookup("#import-warnings").queryListView();
        ListView<String> mapping = lookup("#import-mapping").queryListView();
        assertThat(warnings.getItems()).isNotEmpty().contains("整份文件：文件未提供整體 RTO：取自最長的服務 RTO，為 2h")
                .noneMatch(line -> line.contains("the document") || line.contains("map to no plan section"));
        assertThat(mapping.getItems()).contains("第 1 行，文件標題 → source.document、system 與計劃的 id")
                .noneMatch(line -> line.contains("heading (level") || line.contains("(kept verbatim)") || line.contains("(manual"));
        ConsoleTestKit.screenshot(stage.getScene(), "start-import-review-zh-TW");
        interact(() -> app.messages().setLocale(Messages.ENGLISH));
        assertThat(warnings.getItems()).contains("Whole document: the document gives no overall RTO: took 2h from the longest service RTO");
    }

    @Test
    void aBinaryFileIsRefusedInWordsAndNothingCanBeSaved() throws Exception {
        byte[] noise = new byte[4096];
        new java.util.Random(7).nextBytes(noise);
        Path binary = Files.write(dir.resolve("backup.bin"), noise);

        interact(() -> viewModel().importing().importDocument(binary));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> showing("#import-review"));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(lookup("#import-summary").queryAs(Label.class).getText()).startsWith("Not imported: ").doesNotContain("Exception");
        assertThat(lookup("#import-save").queryButton().isVisible()).isFalse();
        clickOn("#import-cancel");
        assertThat(showing("#import-review")).isFalse();
        try (var files = Files.list(dir)) {
            assertThat(files.filter(f -> f.toString().endsWith(".yaml"))).isEmpty();
        }
    }
}
