package dev.warroom.console.room.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warroom.console.i18n.Messages;
import dev.warroom.console.room.model.TimelineEntry;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The kind a timeline row names is in the room's language, the drill's own events (its clock paused, an inject
 * acknowledged) too, though they have no filter chip: a Chinese room never reads "drill" beside 演練時鐘暫停.
 */
class TimelineRowKindTest extends ApplicationTest {

    private static final Instant IMPACT = Instant.parse("2026-12-07T17:11:00Z");

    private final Messages messages = new Messages();
    private ListView<TimelineEntry> list;

    @Override
    public void start(Stage stage) {
        list = new ListView<>();
        list.setCellFactory(view -> new TimelineCell(messages, () -> IMPACT, view.widthProperty()));
        list.getItems().setAll(
                new TimelineEntry(1, IMPACT.plusSeconds(48), "step", "Proposed: confirm the primary failed", "warroom", ""),
                new TimelineEntry(2, IMPACT.plusSeconds(2341), "drill", "演練時鐘暫停", "alice", ""));
        stage.setScene(new Scene(list, 420, 300));
        stage.show();
    }

    private List<String> kindsShown() {
        WaitForAsyncUtils.waitForFxEvents();
        return lookup(".wr-timeline-kind").queryAllAs(Label.class).stream().filter(l -> l.getScene() != null && l.isVisible())
                .map(Label::getText).filter(t -> t != null && !t.isEmpty()).toList();
    }

    private void speak(Locale language) {
        interact(() -> {
            messages.setLocale(language);
            list.refresh();
        });
    }

    @Test
    void theDrillsOwnEventsAreNamedInEachLanguage() {
        assertThat(kindsShown()).containsExactlyInAnyOrder("step", "drill");
        speak(Messages.TRADITIONAL_CHINESE);
        assertThat(kindsShown()).containsExactlyInAnyOrder("步驟", "演練");
        speak(Messages.SIMPLIFIED_CHINESE);
        assertThat(kindsShown()).containsExactlyInAnyOrder("步骤", "演练");
    }
}
