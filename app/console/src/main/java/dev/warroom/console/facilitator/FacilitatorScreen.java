package dev.warroom.console.facilitator;

import dev.warroom.console.i18n.Messages;
import dev.warroom.console.keys.Shortcuts;
import java.util.List;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.util.Duration;

/**
 * The facilitator's window, for their own screen while the room is projected: the clock on top, then
 * the events list, the observations, the criteria board and the end of the drill, one tab each
 * (Ctrl+1 … Ctrl+4); the engine's refusals in words at the bottom. Only this window shows what the
 * team must not see: pending and held injects, notes, expected actions, observations and verdicts.
 */
public final class FacilitatorScreen extends BorderPane {

    private final FacilitatorContext context;
    private final Timeline ticker;
    private final TabPane tabs;
    private final EventsPane events;
    private final ObservationsPane observations;

    public FacilitatorScreen(FacilitatorViewModel vm, Messages messages, Shortcuts shortcuts) {
        this.context = new FacilitatorContext(vm, messages, shortcuts);
        setId("facilitator");
        getStyleClass().add(FacilitatorStyles.SCREEN);
        setTop(new ClockBar(context));
        events = new EventsPane(context, () -> show(0, false));
        observations = new ObservationsPane(context);
        ScrollPane end = new ScrollPane(new EndOfDrillPane(context));
        end.setFitToWidth(true);
        end.setId("facilitator-end-scroll");
        FollowFocus.follow(end, context.subscriptions());
        tabs = new TabPane(tab("facilitator.tab.events", events), tab("facilitator.tab.observations", observations),
                tab("facilitator.tab.criteria", new CriteriaBoard(context)), tab("facilitator.tab.end", end));
        tabs.setId("facilitator-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        if (vm.drillState().isEmpty()) {
            Label none = new Label();
            none.setId("facilitator-no-drill");
            none.textProperty().bind(context.text("facilitator.noDrill"));
            none.setWrapText(true);
            none.setPadding(new Insets(24));
            setCenter(none);
        } else {
            setCenter(tabs);
        }
        Label problem = new Label();
        problem.setId("facilitator-problem");
        problem.getStyleClass().add(FacilitatorStyles.PROBLEM);
        problem.setWrapText(true);
        problem.setPadding(new Insets(4, 12, 6, 12));
        problem.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> vm.problemProperty().get().in(messages),
                vm.problemProperty(), messages.localeProperty()));
        setBottom(problem);

        List<KeyCode> digits = List.of(KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4);
        List<String> names = List.of("facilitator.focus.events", "facilitator.focus.observations", "facilitator.focus.criteria",
                "facilitator.focus.end");
        for (int i = 0; i < digits.size(); i++) {
            int index = i;
            shortcuts.register(new KeyCodeCombination(digits.get(i), KeyCombination.SHORTCUT_DOWN), names.get(i), () -> show(index));
        }
        shortcuts.register(new KeyCodeCombination(KeyCode.O, KeyCombination.ALT_DOWN), "facilitator.observation.focus", () -> show(1));
        context.subscriptions().onChange(vm.stateProperty(), (before, after) -> {
            if (before != null && !before.status().isOver() && after.status().isOver()) {
                show(3);
            }
        });
        context.subscriptions().onChange(vm.endingProperty(), () -> show(3));

        ticker = new Timeline(new KeyFrame(Duration.seconds(1), e -> vm.tick()));
        ticker.setCycleCount(Timeline.INDEFINITE);
        ticker.play();
    }

    private Tab tab(String key, javafx.scene.Node content) {
        Tab tab = new Tab();
        tab.textProperty().bind(context.text(key));
        tab.setContent(content);
        return tab;
    }

    /** Brings tab {@code index} (0 events, 1 observations, 2 criteria, 3 end of the drill) to the front, with the keyboard in it. */
    public void show(int index) {
        show(index, true);
    }

    private void show(int index, boolean withTheKeyboard) {
        tabs.getSelectionModel().select(index);
        if (withTheKeyboard && index == 0) {
            events.focusList();
        } else if (withTheKeyboard && index == 1) {
            observations.focusField();
        }
    }

    /** The window is closing: the clock stops and every view lets go of what it subscribed to. */
    public void stop() {
        ticker.stop();
        context.subscriptions().release();
    }
}
