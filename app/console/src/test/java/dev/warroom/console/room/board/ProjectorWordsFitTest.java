package dev.warroom.console.room.board;

import static dev.warroom.console.room.board.Looks.hasPseudoClass;
import static dev.warroom.console.room.board.Looks.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The war room in the projector theme's large type, at the size the console opens (1366×768, it sets no smaller
 * one) and at 1600×1000: every chip on the board keeps its whole word; the providers' chips on the status bar give
 * way longest first, so the DNS chip ("dns · 0s ago") is read whole and every chip keeps its provider's name; and the
 * reference panel's hint is read to its end.
 */
class ProjectorWordsFitTest extends TabletopWindowFixture {

    static {
        dev.warroom.console.room.procedure.WarRoomHarness.prepareScreen();
    }

    ProjectorWordsFitTest() {
        super("--theme", "projector");
    }

    @Test
    void theChipsAndTheReferenceHintKeepTheirWordsAtBothSizes() throws Exception {
        waitUntil(() -> lookup("#board").tryQuery().isPresent() && hasPseudoClass(lookup("#resource-db-dr").query(), "up")
                && lookup("#provider-dns").tryQuery().isPresent());
        for (double[] size : List.of(new double[] {1366, 768}, new double[] {1600, 1000})) {
            String at = (int) size[0] + "×" + (int) size[1];
            resize(size[0], size[1]);

            List<String> boardChips = onFx(() -> lookup("#board").lookup(".wr-badge, .wr-derived, .wr-site-role").queryAll().stream()
                    .filter(Node::isVisible).map(n -> (Labeled) n).filter(l -> !ElidedWords.drawn(l).equals(l.getText()))
                    .map(l -> l.getText() + " drawn as " + ElidedWords.drawn(l)).toList());
            assertThat(boardChips).as("board chips cut at " + at).isEmpty();

            Label dns = lookup("#provider-dns").queryAs(Label.class);
            assertThat(onFx(() -> ElidedWords.drawn(dns))).as("the DNS chip at " + at).isEqualTo(dns.getText()).startsWith("dns · ");
            List<String> nameless = onFx(() -> lookup(".wr-provider").queryAll().stream().map(n -> (Label) n)
                    .filter(chip -> !ElidedWords.drawn(chip).startsWith(chip.getId().substring("provider-".length())))
                    .map(chip -> chip.getText() + " drawn as " + ElidedWords.drawn(chip)).toList());
            assertThat(nameless).as("provider chips that lost their provider's name at " + at).isEmpty();

            press(KeyCode.CONTROL).type(KeyCode.L).release(KeyCode.CONTROL);
            waitUntil(() -> lookup("#reference-hint").tryQuery().map(Node::isVisible).orElse(false));
            Label hint = lookup("#reference-hint").queryAs(Label.class);
            assertThat(onFx(() -> ElidedWords.drawn(hint))).as("the reference panel's hint at " + at).isEqualTo(hint.getText());
            type(KeyCode.ESCAPE);
            waitUntil(() -> lookup("#reference").tryQuery().map(n -> !n.isVisible()).orElse(true));
        }
    }

    private void resize(double width, double height) throws Exception {
        Window window = lookup("#board").query().getScene().getWindow();
        interact(() -> {
            window.setWidth(width);
            window.setHeight(height);
        });
        waitUntil(() -> window.getScene().getWidth() == width && window.getScene().getHeight() == height);
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> call) throws Exception {
        return WaitForAsyncUtils.asyncFx(call).get(10, TimeUnit.SECONDS);
    }
}
