package dev.warroom.console.room.board;

import dev.warroom.console.i18n.Messages;
import dev.warroom.console.room.model.RoomContext;
import dev.warroom.console.room.reference.DerivedBadge;
import dev.warroom.core.board.BoardEntry;
import dev.warroom.core.board.BoardStatus;
import dev.warroom.core.board.ObservationHeadline;
import dev.warroom.core.plan.model.Resource;
import dev.warroom.core.report.RecordedWords;
import dev.warroom.core.world.Health;
import dev.warroom.core.world.Observation;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * One resource on the board in two lines: kind icon, title and age of the data; then its health (or
 * why the board cannot read it), its role, its lag with a sparkline, and its headline fact. A
 * change of status, health or role flashes the row briefly.
 */
final class ResourceRow extends VBox {

    private static final javafx.util.Duration FLASH_TIME = javafx.util.Duration.seconds(1.6);
    private static final int HISTORY = 30;
    private static final List<String> STATUSES = Arrays.stream(BoardStatus.values()).map(StatusLook::name).toList();
    private static final List<String> HEALTHS = Arrays.stream(Health.values()).map(StatusLook::name).toList();
    private static final List<String> LEVELS = Arrays.stream(ObjectiveLevel.values()).map(ObjectiveLevel::pseudoClass).toList();

    private final Resource resource;
    private final Messages messages;
    private final Duration rpo;
    private final LagHistory history = new LagHistory(HISTORY);
    private final FontIcon badgeIcon = new FontIcon();
    private final Label badge = new Label();
    private final Label role = new Label();
    private final Label detail = new Label();
    private final Label error = new Label();
    private final Label lag = new Label();
    private final Sparkline sparkline = new Sparkline(54, 14, 1.0);
    private final Label age = new Label();
    private final Tooltip tooltip = new Tooltip();
    private final Timeline flash;
    private BoardEntry entry;

    ResourceRow(Resource resource, Messages messages, Duration rpo) {
        this.resource = resource;
        this.messages = messages;
        this.rpo = rpo;
        setId("resource-" + resource.id());
        getStyleClass().add(BoardStyles.RESOURCE);

        FontIcon kindIcon = new FontIcon(KindIcons.of(resource.kind()));
        kindIcon.getStyleClass().add(BoardStyles.KIND_ICON);
        Label title = new Label(resource.title());
        title.getStyleClass().add(BoardStyles.RESOURCE_TITLE);
        title.setMinWidth(0);
        HBox.setHgrow(title, Priority.ALWAYS);
        title.setMaxWidth(Double.MAX_VALUE);
        age.getStyleClass().add(BoardStyles.AGE);
        age.setMinWidth(Region.USE_PREF_SIZE);
        HBox first = new HBox(5, kindIcon, title, age);
        if (resource.isDerived()) {
            Label derived = DerivedBadge.of(messages);
            derived.setId("derived-resource-" + resource.id());
            first.getChildren().add(2, derived);
        }
        first.setAlignment(Pos.CENTER_LEFT);

        badge.setGraphic(badgeIcon);
        badge.getStyleClass().add(BoardStyles.BADGE);
        badge.setMinWidth(Region.USE_PREF_SIZE);
        role.getStyleClass().add(BoardStyles.ROLE);
        role.setMinWidth(Region.USE_PREF_SIZE);
        lag.getStyleClass().add(BoardStyles.LAG);
        lag.setMinWidth(Region.USE_PREF_SIZE);
        detail.getStyleClass().add(BoardStyles.DETAIL);
        detail.setMinWidth(0);
        detail.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(detail, Priority.ALWAYS);
        error.getStyleClass().add(BoardStyles.ERROR);
        error.setMinWidth(0);
        error.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(error, Priority.ALWAYS);
        HBox second = new HBox(6, badge, role, lag, sparkline, detail, error);
        second.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(first, second);
        Tooltip.install(this, tooltip);

        flash = new Timeline(new KeyFrame(javafx.util.Duration.ZERO, e -> pseudoClassStateChanged(BoardStyles.FLASH, true)),
                new KeyFrame(FLASH_TIME, e -> pseudoClassStateChanged(BoardStyles.FLASH, false)));
    }

    /** Shows the board's newest entry for this resource; flashes when its status, health or role changed. */
    void show(BoardEntry next, Instant now) {
        if (BoardChange.noticeable(entry, next)) {
            flash.playFromStart();
        }
        entry = next;
        next.observation().ifPresent(o -> o.lag().ifPresent(l -> history.add(o.observedAt(), l)));
        render(now);
    }

    /** Re-draws with the current words and clock (language switch, the clock moving). */
    void render(Instant now) {
        if (entry == null) {
            return;
        }
        Optional<Observation> observation = entry.observation();
        BoardStatus status = entry.status();
        PseudoClasses.choose(this, STATUSES, StatusLook.name(status));
        Health health = observation.map(Observation::health).orElse(Health.UNKNOWN);
        PseudoClasses.choose(this, HEALTHS, status.isFresh() ? StatusLook.name(health) : "");

        age.setText(entry.age(now).map(a -> messages.get("board.age", ReadingText.age(a))).orElse(messages.get("board.age.never")));
        boolean failing = !status.isFresh() && status != BoardStatus.STALE;
        if (status.isFresh()) {
            badgeIcon.setIconCode(StatusLook.icon(health));
            badge.setText(messages.get(StatusLook.wordsKey(health)));
        } else {
            badgeIcon.setIconCode(StatusLook.icon(status));
            badge.setText(messages.get(StatusLook.wordsKey(status)));
        }

        RoleReading reading = RoleReading.of(resource, observation);
        role.setText(reading.shown().map(r -> messages.get("board.role." + r)).orElse("")
                + reading.designed().map(d -> " " + messages.get("board.role.designed", messages.get("board.role." + d))).orElse(""));
        role.pseudoClassStateChanged(BoardStyles.ROLE_CHANGED, reading.differs());
        show(role, !failing && !role.getText().isEmpty());

        Optional<Duration> lagNow = observation.flatMap(Observation::lag);
        show(lag, lagNow.isPresent() && !failing);
        // A replica's lag line means nothing once it reports another role; the role then needs the room.
        show(sparkline, history.size() >= 2 && !failing && !reading.differs());
        lagNow.ifPresent(l -> {
            lag.setText(messages.get("board.lag", ReadingText.lag(l)));
            String level = ObjectiveLevel.of(l, rpo).pseudoClass();
            PseudoClasses.choose(lag, LEVELS, level);
            PseudoClasses.choose(sparkline, LEVELS, level);
        });
        sparkline.show(history.seconds());

        boolean unread = failing || observation.isEmpty();
        RecordedWords recorded = RoomContext.recordedIn(messages);
        error.setText(unread ? entry.error().map(recorded::reading).orElse("") : "");
        detail.setText(unread ? "" : ObservationHeadline.of(observation.get()).map(recorded::reading).orElse(""));
        show(error, !error.getText().isEmpty());
        show(detail, !detail.getText().isEmpty());
        tooltip.setText(tooltipText(observation));
    }

    private String tooltipText(Optional<Observation> observation) {
        StringBuilder text = new StringBuilder(resource.title());
        if (resource.titleEn() != null && !resource.titleEn().equals(resource.title())) {
            text.append('\n').append(resource.titleEn());
        }
        text.append('\n').append(resource.id()).append(" · ").append(resource.kind());
        text.append('\n').append(messages.get(StatusLook.wordsKey(entry.status())));
        entry.error().ifPresent(e -> text.append(": ").append(RoomContext.recordedIn(messages).reading(e)));
        observation.ifPresent(o -> o.attributes().forEach((k, v) -> text.append('\n').append(k).append(": ").append(v)));
        return text.toString();
    }

    private static void show(javafx.scene.Node node, boolean visible) {
        node.setVisible(visible);
        node.setManaged(visible);
    }
}
