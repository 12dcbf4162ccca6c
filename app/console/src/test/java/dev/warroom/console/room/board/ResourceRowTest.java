package dev.warroom.console.room.board;

import static dev.warroom.console.room.board.BoardFixtures.T0;
import static dev.warroom.console.room.board.BoardFixtures.failing;
import static dev.warroom.console.room.board.BoardFixtures.fresh;
import static dev.warroom.console.room.board.BoardFixtures.observed;
import static dev.warroom.console.room.board.Looks.hasPseudoClass;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warroom.console.i18n.Messages;
import dev.warroom.console.palette.ConsoleTestKit;
import dev.warroom.console.theme.Theme;
import dev.warroom.console.theme.Themes;
import dev.warroom.core.board.BoardStatus;
import dev.warroom.core.world.Health;
import dev.warroom.core.world.Observation;
import dev.warroom.core.world.ReplicationRole;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/** One resource on the board as its readings change: what it says, and that a change flashes and then settles. */
class ResourceRowTest extends ApplicationTest {

    private final Messages messages = new Messages();
    private ResourceRow row;

    @AfterAll
    static void cleanUp() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Override
    public void start(Stage stage) throws Exception {
        row = new ResourceRow(BoardFixtures.resource("db-dr"), messages, Duration.ofMinutes(15));
        Scene scene = new Scene(new StackPane(row), 320, 80);
        Themes.apply(scene, Theme.WAR_ROOM_DARK);
        stage.setScene(scene);
        stage.show();
    }

    private Label label(String styleClass) {
        return lookup("#resource-db-dr ." + styleClass).queryAs(Label.class);
    }

    @Test
    void aHealthyReplicaShowsItsRoleLagAndTheAgeOfTheReading() throws Exception {
        interact(() -> row.show(fresh(replica(2_000, 0)), T0.plusSeconds(4)));

        assertThat(label(BoardStyles.BADGE).getText()).isEqualTo("UP");
        assertThat(label(BoardStyles.ROLE).getText()).isEqualTo("replica");
        assertThat(label(BoardStyles.LAG).getText()).isEqualTo("lag 2.0s");
        assertThat(label(BoardStyles.AGE).getText()).isEqualTo("4s ago");
        assertThat(hasPseudoClass(row, "flash")).as("the first reading is no change").isFalse();

        interact(() -> row.render(T0.plusSeconds(75)));
        assertThat(label(BoardStyles.AGE).getText()).as("the age follows the clock").isEqualTo("1m 15s ago");
    }

    @Test
    void aPromotionFlashesTheRowBrieflyAndSaysTheRoleDepartsFromTheDesign() throws Exception {
        interact(() -> row.show(fresh(replica(2_000, 0)), T0));
        interact(() -> row.show(fresh(replica(2_300, 2)), T0.plusSeconds(2)));
        assertThat(hasPseudoClass(row, "flash")).as("the same again is no change").isFalse();

        Observation promoted = observed("db-dr", Health.UP, ReplicationRole.PRIMARY, Duration.ZERO, T0.plusSeconds(4));
        interact(() -> row.show(fresh(promoted), T0.plusSeconds(4)));

        assertThat(hasPseudoClass(row, "flash")).isTrue();
        Label role = label(BoardStyles.ROLE);
        assertThat(role.getText()).isEqualTo("primary (plan: replica)");
        assertThat(hasPseudoClass(role, "role-changed")).isTrue();
        assertThat(role.getTextFill()).isEqualTo(Color.web("#d29922"));
        ConsoleTestKit.screenshot(row.getScene(), "resource-row-flash");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !hasPseudoClass(row, "flash"));
    }

    @Test
    void throttlingIsShownInItsOwnColourWithTheProvidersWords() throws Exception {
        Observation last = replica(2_000, 0);
        interact(() -> row.show(fresh(last), T0));
        String words = "429 Too Many Requests: the subscription's request limit was exceeded; retry after 20s";
        interact(() -> row.show(failing("db-dr", BoardStatus.THROTTLED, words, last), T0.plusSeconds(40)));

        assertThat(hasPseudoClass(row, "throttled")).isTrue();
        assertThat(hasPseudoClass(row, "flash")).isTrue();
        assertThat(label(BoardStyles.BADGE).getText()).isEqualTo("THROTTLED");
        assertThat(label(BoardStyles.BADGE).getTextFill()).isEqualTo(Color.web("#d29922"));
        assertThat(label(BoardStyles.ERROR).getText()).isEqualTo(words);
        assertThat(label(BoardStyles.AGE).getText()).as("how old the last good reading is").isEqualTo("40s ago");

        interact(() -> row.show(failing("db-dr", BoardStatus.AUTH_FAILED, "AADSTS700082: the refresh token has expired", last),
                T0.plusSeconds(42)));
        assertThat(label(BoardStyles.BADGE).getText()).isEqualTo("AUTH FAILED");
        assertThat(label(BoardStyles.BADGE).getTextFill()).isEqualTo(Color.web("#bc8cff"));
    }

    @Test
    void theWordsFollowTheLanguage() throws Exception {
        interact(() -> row.show(failing("db-dr", BoardStatus.UNREACHABLE, "no answer from westeurope", null), T0));
        assertThat(label(BoardStyles.BADGE).getText()).isEqualTo("UNREACHABLE");
        assertThat(label(BoardStyles.AGE).getText()).isEqualTo("never read");

        interact(() -> {
            messages.setLocale(Messages.TRADITIONAL_CHINESE);
            row.render(T0);
        });
        assertThat(label(BoardStyles.BADGE).getText()).isEqualTo("無法連線");
        assertThat(label(BoardStyles.AGE).getText()).isEqualTo("從未讀取");
        interact(() -> {
            messages.setLocale(Messages.SIMPLIFIED_CHINESE);
            row.render(T0);
        });
        assertThat(label(BoardStyles.BADGE).getText()).isEqualTo("无法连接");
    }

    @Test
    void aResourceOutsideTheDrillEnvironmentSaysItIsNotObservedInDrillAndWhy() throws Exception {
        String why = "203.0.113.10:5432 is outside the drill environment (loopback)";
        interact(() -> row.show(failing("db-dr", BoardStatus.NOT_OBSERVED_IN_DRILL, why, null), T0));

        assertThat(hasPseudoClass(row, "not-observed-in-drill")).isTrue();
        assertThat(label(BoardStyles.BADGE).getText()).isEqualTo("NOT OBSERVED IN DRILL");
        assertThat(label(BoardStyles.ERROR).getText()).isEqualTo(why);
        interact(() -> {
            messages.setLocale(Messages.TRADITIONAL_CHINESE);
            row.render(T0);
        });
        assertThat(label(BoardStyles.BADGE).getText()).isEqualTo("演練中不觀測");
    }

    @Test
    void theSparklineRisesWithTheLag() throws Exception {
        List<Integer> lags = List.of(1_000, 1_000, 1_200, 4_000, 9_000);
        for (int i = 0; i < lags.size(); i++) {
            int at = 2 * i;
            Observation reading = replica(lags.get(i), at);
            interact(() -> row.show(fresh(reading), T0.plusSeconds(at)));
        }
        WaitForAsyncUtils.waitForFxEvents();
        Sparkline sparkline = lookup("#resource-db-dr ." + BoardStyles.SPARKLINE).queryAs(Sparkline.class);
        List<Double> points = sparkline.points();

        assertThat(sparkline.isVisible()).isTrue();
        assertThat(points).hasSize(2 * lags.size());
        double firstY = points.get(1);
        double lastY = points.get(points.size() - 1);
        assertThat(lastY).as("screen y grows downwards: a higher lag is drawn higher").isLessThan(firstY);
        assertThat(points.get(points.size() - 2)).as("newest on the right").isGreaterThan(points.get(0));
        assertThat(label(BoardStyles.LAG).getText()).isEqualTo("lag 9.0s");
    }

    private static Observation replica(long lagMillis, long atSeconds) {
        return observed("db-dr", Health.UP, ReplicationRole.REPLICA, Duration.ofMillis(lagMillis), T0.plusSeconds(atSeconds));
    }
}
