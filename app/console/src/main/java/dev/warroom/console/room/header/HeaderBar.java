package dev.warroom.console.room.header;

import dev.warroom.console.i18n.Messages;
import dev.warroom.console.room.board.ObjectiveLevel;
import dev.warroom.console.room.board.PseudoClasses;
import dev.warroom.console.room.board.ReadingText;
import dev.warroom.console.room.model.IncidentViewModel;
import dev.warroom.console.room.model.RoomContext;
import dev.warroom.console.room.model.RoomDrill;
import dev.warroom.core.incident.IncidentState;
import dev.warroom.core.incident.IncidentStatus;
import dev.warroom.core.incident.Mode;
import dev.warroom.core.text.SafeText;
import dev.warroom.core.text.TextLanguage;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The war room's top line: the mode in big words on its own colour (TABLETOP, DRILL, LIVE), the
 * incident title and status, the RTO clock against its target and the worst replica lag against
 * the RPO; the severity level the incident opened at, with its RTO and RPO, where the plan has levels; in a drill,
 * "Paused" while the facilitator holds the drill clock, and the RTO against the drill's own target where it sets one.
 * All of it follows the view model live.
 */
public final class HeaderBar extends HBox {

    private static final List<String> MODES = Arrays.stream(Mode.values()).map(Mode::word).toList();
    private static final List<String> STATUSES = Arrays.stream(IncidentStatus.values()).map(HeaderBar::word).toList();

    private final IncidentViewModel vm;
    private final Messages messages;
    private final Label banner = new Label();
    private final Label status = new Label();
    private final Label paused = new Label();
    private final Label severity = new Label();
    private final ObjectiveGauge rto = new ObjectiveGauge("rto");
    private final ObjectiveGauge rpo = new ObjectiveGauge("rpo");

    public HeaderBar(RoomContext context) {
        this.vm = context.vm();
        this.messages = context.messages();
        setId("header");
        getStyleClass().add(HeaderStyles.HEADER);
        setAlignment(Pos.CENTER_LEFT);

        banner.setId("mode-banner");
        banner.getStyleClass().add(HeaderStyles.MODE_BANNER);
        banner.setMinWidth(Region.USE_PREF_SIZE);
        banner.setMaxHeight(Double.MAX_VALUE);
        banner.setTooltip(new Tooltip());
        PseudoClasses.choose(banner, MODES, vm.mode().word());

        Label title = new Label(vm.title());
        title.setId("incident-title");
        title.getStyleClass().add(HeaderStyles.INCIDENT_TITLE);
        title.setMinWidth(0);
        title.setMaxWidth(Double.MAX_VALUE);
        title.setTooltip(new Tooltip(vm.title()));
        HBox.setHgrow(title, Priority.ALWAYS);

        status.setId("incident-status");
        status.getStyleClass().add(HeaderStyles.INCIDENT_STATUS);
        status.setMinWidth(Region.USE_PREF_SIZE);

        // the facilitator paused the drill clock: the team sees it, not why
        paused.setId("drill-paused");
        paused.getStyleClass().add(HeaderStyles.PAUSED);
        paused.setMinWidth(Region.USE_PREF_SIZE);
        paused.setTooltip(new Tooltip());

        severity.setId("incident-severity");
        severity.getStyleClass().add(HeaderStyles.SEVERITY);
        severity.setMinWidth(Region.USE_PREF_SIZE);
        severity.setTooltip(new Tooltip());

        getChildren().addAll(banner, title, paused, severity, status, rto, rpo);
        context.subscriptions().onChange(vm.stateProperty(), (old, now) -> refresh());
        context.subscriptions().onChange(vm.nowProperty(), (old, now) -> refresh());
        context.subscriptions().onChange(vm.boardProperty(), (old, now) -> refresh());
        context.subscriptions().onChange(messages.localeProperty(), (old, now) -> refresh());
        refresh();
    }

    private void refresh() {
        banner.setText(messages.get("header.mode." + vm.mode().word()));
        banner.getTooltip().setText(messages.get("header.mode." + vm.mode().word() + ".tip"));
        IncidentState state = vm.stateProperty().get();
        Instant now = vm.nowProperty().get();
        status.setText(messages.get("header.status." + word(state.status())));
        paused.setVisible(RoomDrill.paused(state));
        paused.setManaged(paused.isVisible());
        paused.setText(messages.get("header.paused"));
        paused.getTooltip().setText(messages.get("header.paused.tip"));
        PseudoClasses.choose(status, STATUSES, word(state.status()));
        showSeverity(state);

        Duration rtoTarget = RoomDrill.rtoTarget(vm.plan(), state);
        Duration elapsed = RtoClock.elapsed(state, now);
        rto.show(messages.get("header.rto"), ReadingText.clock(elapsed), messages.get("header.rto.of", messages.duration(rtoTarget)),
                ObjectiveLevel.used(elapsed, rtoTarget), ObjectiveLevel.of(elapsed, rtoTarget),
                messages.get("header.rto.tip", messages.duration(rtoTarget)));

        Duration rpoTarget = RoomDrill.rpoTarget(vm.plan(), state);
        Optional<WorstLag> worst = Optional.ofNullable(vm.boardProperty().get()).flatMap(b -> WorstLag.of(vm.plan(), b));
        String target = messages.get("header.rpo.of", messages.duration(rpoTarget));
        if (worst.isPresent()) {
            Duration lag = worst.get().lag();
            rpo.show(messages.get("header.rpo"), ReadingText.lag(lag), target + " · " + worst.get().resourceId(),
                    ObjectiveLevel.used(lag, rpoTarget), ObjectiveLevel.of(lag, rpoTarget),
                    messages.get("header.rpo.tip", worst.get().resourceId(), messages.duration(rpoTarget)));
        } else {
            rpo.show(messages.get("header.rpo"), "—", target, 0, ObjectiveLevel.OK, messages.get("header.rpo.none"));
        }
    }

    /** The level's name in the console's language, with the incident's targets; hidden when it opened at none. */
    private void showSeverity(IncidentState state) {
        Optional<String> level = state.targets().severity();
        severity.setVisible(level.isPresent());
        severity.setManaged(level.isPresent());
        if (level.isEmpty()) {
            return;
        }
        String name = vm.plan().targets().severities().stream().filter(s -> s.id().equals(level.get())).findFirst()
                .map(s -> TextLanguage.fromLocale(messages.locale()).orElse(TextLanguage.ENGLISH).pick(s.title(), s.titleEn()))
                .orElse(level.get());
        String rtoWords = messages.duration(state.targets().rto());
        String rpoWords = messages.duration(state.targets().rpo());
        severity.setText(messages.get("header.severity", SafeText.forDisplay(name), rtoWords, rpoWords));
        severity.getTooltip().setText(messages.get("header.severity.tip", SafeText.forDisplay(name), rtoWords, rpoWords));
    }

    private static String word(IncidentStatus status) {
        return status.name().toLowerCase(Locale.ROOT);
    }
}
