package dev.warroom.console.room;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warroom.console.room.board.TabletopRoom;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/** The room's "write the report" writes the same report `warroom report --format md` writes, next to the journal. */
class RoomReportTest extends ApplicationTest {

    @Override
    public void start(Stage stage) {
        // the room's view model needs only the FX thread
    }

    @Test
    void theRoomsReportIsTheTemplatedReportWithTheJournalsCheckAtItsTop() throws Exception {
        try (TabletopRoom room = new TabletopRoom()) {
            room.settle();
            WaitForAsyncUtils.asyncFx(room.vm::writeReport).get(10, TimeUnit.SECONDS);
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> room.vm.reportProperty().get().isPresent());

            Path file = room.vm.reportProperty().get().orElseThrow();
            String report = Files.readString(file, StandardCharsets.UTF_8);
            assertThat(file.getFileName().toString()).isEqualTo("incident.md");
            assertThat(report.lines().limit(12)).as("the journal's check comes first")
                    .anySatisfy(line -> assertThat(line).contains(room.handle.journal().head()));
            assertThat(report).contains("Timeline").contains("region failure");
            assertThat(room.vm.problemProperty().get().isEmpty()).isTrue();
        }
    }
}
