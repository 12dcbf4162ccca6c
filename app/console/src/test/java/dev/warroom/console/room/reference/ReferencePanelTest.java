package dev.warroom.console.room.reference;

import static dev.warroom.console.room.procedure.WarRoomHarness.await;
import static dev.warroom.console.room.procedure.WarRoomHarness.shown;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warroom.console.room.procedure.WarRoomFixture;
import dev.warroom.console.room.procedure.WarRoomHarness;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The AI Workflow TABLETOP on an accelerated clock (an incident minute a second): the reference panel opens on
 * Ctrl+L, typing narrows it, a contact's address goes to the clipboard, and the stakeholder update counts down.
 */
class ReferencePanelTest extends WarRoomFixture {

    private static final Pattern DUE = Pattern.compile("Next stakeholder update due in (\\d+) min");

    @Override
    protected String[] options() {
        return new String[] {"--clock", "accelerated", "--speed", "60"};
    }

    @Test
    void ctrlLOpensThePanelAndTypingNarrowsEverySection() {
        openPanel();
        List<String> all = rowIds();
        assertThat(all).contains("heading-contacts", "contacts-openai", "heading-escalation", "escalation-L1", "heading-communication",
                "communication-slack-incident", "heading-backups", "backups-pg-automated", "heading-degradation", "heading-reference");

        write("openai");
        await(() -> rowIds().size() < all.size());
        assertThat(rowIds()).containsExactly("heading-contacts", "contacts-openai");

        type(KeyCode.ESCAPE);
        await(() -> !lookup("#reference").tryQuery().map(WarRoomHarness::shown).orElse(false));
    }

    @Test
    void copyingAContactPutsItsAddressOnTheClipboard() throws Exception {
        openPanel();
        write("pagerduty support");
        await(() -> rowIds().equals(List.of("heading-contacts", "contacts-pagerduty")));
        type(KeyCode.ENTER);
        await(() -> "support@pagerduty.com".equals(clipboard()));

        interact(() -> lookup("#reference-filter").queryAs(TextField.class).clear());
        write("openai");
        await(() -> lookup("#copy-contacts-openai").tryQuery().map(WarRoomHarness::shown).orElse(false));
        clickOn("#copy-contacts-openai");
        await(() -> "support@openai.com".equals(clipboard()));
    }

    @Test
    void theNextStakeholderUpdateCountsDownOnTheIncidentClockAndUpdateSentRestartsIt() {
        openPanel();
        await(() -> DUE.matcher(cadence()).matches());
        int first = minutesLeft();
        assertThat(first).isBetween(1, 30);
        await(() -> minutesLeft() < first);
        int before = minutesLeft();

        clickOn("#reference-update-sent");
        await(() -> minutesLeft() > before && minutesLeft() >= 28);
        assertThat(shown(lookup("#reference-cadence").query())).isTrue();
    }

    private void openPanel() {
        WarRoomHarness.awaitRoom(this);
        press(KeyCode.CONTROL).type(KeyCode.L).release(KeyCode.CONTROL);
        await(() -> lookup("#reference").tryQuery().map(WarRoomHarness::shown).orElse(false));
        await(() -> lookup("#reference-filter").query().isFocused());
    }

    private List<String> rowIds() {
        ListView<ReferenceRow> list = lookup("#reference-list").queryListView();
        return list.getItems().stream().map(ReferenceRow::id).toList();
    }

    private String cadence() {
        return lookup("#reference-cadence").queryAs(Label.class).getText();
    }

    private int minutesLeft() {
        Matcher matcher = DUE.matcher(cadence());
        return matcher.matches() ? Integer.parseInt(matcher.group(1)) : -1;
    }

    private static String clipboard() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get(10, TimeUnit.SECONDS);
    }
}
