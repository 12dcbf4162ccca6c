package dev.warroom.console.facilitator;

import dev.warroom.core.drill.DrillClock;
import dev.warroom.core.incident.IncidentState;
import dev.warroom.core.incident.Mode;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The top of the facilitator's window: the drill, incident time T+, the incident's state, and the
 * clock: pause / resume (Alt+P) and, in TABLETOP, the speed (Alt+1 … Alt+5 for 1×, 2×, 5×, 10×, 60×).
 * In DRILL time is real: pause holds the inject schedule only, and the bar says the RTO clock runs on.
 */
final class ClockBar extends HBox {

    static final List<Double> SPEEDS = List.of(1.0, 2.0, 5.0, 10.0, 60.0);
    private static final List<KeyCode> SPEED_KEYS = List.of(KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4, KeyCode.DIGIT5);

    private final FacilitatorContext context;
    private final Label time = new Label();
    private final Label status = new Label();
    private final Label clock = new Label();
    private final Button pause = new Button();
    private final ToggleGroup speeds = new ToggleGroup();

    ClockBar(FacilitatorContext context) {
        super(12);
        this.context = context;
        FacilitatorViewModel vm = context.vm();
        setId("facilitator-clock");
        getStyleClass().add(FacilitatorStyles.CLOCK_BAR);
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(8, 12, 8, 12));

        Label title = new Label();
        vm.drill().ifPresent(d -> title.textProperty().bind(context.planTextBinding(d.title(), d.titleEn())));
        title.setId("facilitator-drill-title");
        title.getStyleClass().add(FacilitatorStyles.TITLE);
        Label mode = new Label(vm.mode().word().toUpperCase(Locale.ROOT));
        mode.getStyleClass().add(FacilitatorStyles.MODE);
        time.setId("facilitator-time");
        time.getStyleClass().add(FacilitatorStyles.TIME);
        status.setId("facilitator-status");
        clock.setId("facilitator-clock-state");
        clock.getStyleClass().add(FacilitatorStyles.MUTED);

        pause.setId("facilitator-pause");
        pause.setOnAction(e -> togglePause());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        getChildren().addAll(mode, title, time, status, gap, clock, pause);
        // only the drill's title gives way when the bar is short of room (large type on a projector)
        for (javafx.scene.control.Control fixed : List.of(mode, time, status, clock, pause)) {
            fixed.setMinWidth(Region.USE_PREF_SIZE);
        }
        title.setMinWidth(0);

        context.shortcuts().register(new KeyCodeCombination(KeyCode.P, KeyCombination.ALT_DOWN), "facilitator.clock.toggle",
                this::togglePause);
        if (vm.mode() == Mode.TABLETOP) {
            for (int i = 0; i < SPEEDS.size(); i++) {
                double speed = SPEEDS.get(i);
                ToggleButton button = new ToggleButton(speedWord(speed));
                button.setId("facilitator-speed-" + speedWord(speed).replace("×", "x"));
                button.setToggleGroup(speeds);
                button.setUserData(speed);
                button.setOnAction(e -> vm.speed(speed));
                button.setMinWidth(Region.USE_PREF_SIZE);
                getChildren().add(button);
                context.shortcuts().register(new KeyCodeCombination(SPEED_KEYS.get(i), KeyCombination.ALT_DOWN),
                        speedKey(speed), () -> vm.speed(speed));
            }
        }
        context.subscriptions().onChange(vm.stateProperty(), this::refresh);
        context.subscriptions().onChange(vm.nowProperty(), this::refreshTime);
        context.subscriptions().onChange(context.messages().localeProperty(), this::refresh);
        refresh();
    }

    private static String speedWord(double speed) {
        return (speed == Math.rint(speed) ? Integer.toString((int) speed) : Double.toString(speed)) + "×";
    }

    /** The palette's name for a speed: one literal key per speed offered. */
    private static String speedKey(double speed) {
        return switch ((int) speed) {
            case 1 -> "facilitator.clock.speed-1";
            case 2 -> "facilitator.clock.speed-2";
            case 5 -> "facilitator.clock.speed-5";
            case 10 -> "facilitator.clock.speed-10";
            default -> "facilitator.clock.speed-60";
        };
    }

    private void togglePause() {
        if (clockState().paused()) {
            context.vm().resume();
        } else {
            context.vm().pause();
        }
    }

    private DrillClock clockState() {
        return context.vm().drillState().map(d -> d.clock()).orElse(DrillClock.running(1));
    }

    private void refreshTime() {
        time.setText(context.words().sinceStart(context.vm().elapsed()));
    }

    private void refresh() {
        FacilitatorViewModel vm = context.vm();
        IncidentState state = vm.stateProperty().get();
        refreshTime();
        status.setText(context.messages().get(switch (state.status()) {
            case DECIDING -> "facilitator.incident.deciding";
            case RECOVERING -> "facilitator.incident.recovering";
            case RESOLVED -> "facilitator.incident.resolved";
            case ABORTED -> "facilitator.incident.aborted";
        }));
        DrillClock drillClock = clockState();
        boolean drill = vm.mode() != Mode.TABLETOP;
        String running = drill ? context.messages().get("facilitator.clock.real")
                : context.messages().get("facilitator.clock.running", speedWord(drillClock.speed()));
        String paused = context.messages().get(drill ? "facilitator.clock.held" : "facilitator.clock.paused");
        // once the incident is over the drill's time stands still, whatever the clock last did
        clock.setText(vm.over() ? context.messages().get("facilitator.clock.stopped") : drillClock.paused() ? paused : running);
        pause.setText(context.messages().get(drillClock.paused() ? "facilitator.clock.resume" : "facilitator.clock.pause") + "  Alt+P");
        pause.setDisable(vm.drillState().isEmpty() || vm.over());
        FacilitatorStyles.mark(this, "paused", drillClock.paused());
        speeds.getToggles().forEach(t -> {
            t.setSelected((double) t.getUserData() == drillClock.speed());
            ((ToggleButton) t).setDisable(vm.drillState().isEmpty() || vm.over());
        });
    }
}
