package dev.warroom.console.room.reference;

import static dev.warroom.console.room.procedure.WarRoomHarness.await;
import static dev.warroom.console.room.procedure.WarRoomHarness.shown;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warroom.console.i18n.Messages;
import dev.warroom.console.palette.ConsoleTestKit;
import dev.warroom.console.room.procedure.WarRoomFixture;
import dev.warroom.console.room.procedure.WarRoomHarness;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;

/**
 * The AI Workflow plan with its DR-promotion step, its entry question and a pre-failover check marked {@code derived: true}:
 * each carries the word "derived" in the room, in the language the room speaks; what the source document says carries none.
 */
class DerivedBadgeTest extends WarRoomFixture {

    @Override
    protected String[] options() {
        return new String[] {"--clock", "virtual", "--plan", planWithDerivedParts().toString()};
    }

    private Path planWithDerivedParts() {
        try {
            String yaml = Files.readString(ConsoleTestKit.plans().resolve("ai-workflow.yaml"), StandardCharsets.UTF_8);
            String step = "      - id: promote-dr-db\n        type: action\n";
            String node = "    - id: region-failure-detected\n      type: question\n";
            String item = "{id: primary-down, title:";
            assertThat(yaml).contains(step, node, item);
            Path file = temp.resolve("ai-workflow-derived.yaml");
            Files.writeString(file, yaml.replace(step, step + "        derived: true\n").replace(node, node + "      derived: true\n")
                    .replace(item, "{id: primary-down, derived: true, title:"), StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void derivedStepsNodesAndChecksSayDerivedInEveryLanguage() {
        WarRoomHarness.awaitRoom(this);
        assertThat(badge("#derived-node-region-failure-detected")).isEqualTo("derived");
        assertThat(lookup("#derived-node-auto-recovery-possible").tryQuery()).isEmpty();

        WarRoomHarness.answerIntoFullFailover(this);
        await(() -> lookup("#derived-step-promote-dr-db").tryQuery().map(WarRoomHarness::shown).orElse(false));
        assertThat(badge("#derived-step-promote-dr-db")).isEqualTo("derived");
        assertThat(lookup("#step-update-dns #derived-step-update-dns").tryQuery()).isEmpty();

        clickOn("Checklists");
        assertThat(badge("#derived-pre-failover-primary-down")).isEqualTo("derived");
        assertThat(lookup("#derived-pre-failover-dr-healthy").tryQuery()).isEmpty();

        interact(() -> app.messages().setLocale(Messages.TRADITIONAL_CHINESE));
        assertThat(badge("#derived-pre-failover-primary-down")).isEqualTo("衍生");
        assertThat(badge("#derived-step-promote-dr-db")).isEqualTo("衍生");
        interact(() -> app.messages().setLocale(Messages.SIMPLIFIED_CHINESE));
        assertThat(badge("#derived-node-region-failure-detected")).isEqualTo("衍生");
        assertThat(shown(lookup("#derived-pre-failover-primary-down").query())).isTrue();
    }

    private String badge(String query) {
        return lookup(query).queryAs(Label.class).getText();
    }
}
