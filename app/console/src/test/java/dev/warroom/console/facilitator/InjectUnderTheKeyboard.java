package dev.warroom.console.facilitator;

import static dev.warroom.console.room.procedure.WarRoomHarness.await;

import dev.warroom.core.drill.InjectState;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Puts an inject of the facilitator's events list under the keyboard before a test presses its key (Alt+H, S, R):
 * selects it and focuses the list in one FX step, then waits until the window and the list hold focus and the button
 * the key presses can act. A click would do it too, but a row can move under the pointer as injects fire.
 */
public final class InjectUnderTheKeyboard {

    private InjectUnderTheKeyboard() {
    }

    public static void select(FxRobot robot, Stage window, String injectId, String button) {
        robot.interact(() -> {
            ListView<?> list = robot.lookup("#inject-list").queryListView();
            for (int row = 0; row < list.getItems().size(); row++) {
                if (list.getItems().get(row) instanceof InjectState inject && inject.id().equals(injectId)) {
                    list.getSelectionModel().select(row);
                }
            }
            list.requestFocus();
        });
        await(() -> WaitForAsyncUtils.asyncFx(() -> {
            ListView<?> list = robot.lookup("#inject-list").queryListView();
            return window.isFocused() && list.isFocused() && list.getSelectionModel().getSelectedItem() instanceof InjectState inject
                    && inject.id().equals(injectId) && !robot.lookup(button).queryButton().isDisabled();
        }).get(10, TimeUnit.SECONDS));
    }
}
