package dev.warroom.console.room.checklist;

import dev.warroom.console.i18n.Messages;
import dev.warroom.console.room.model.IncidentViewModel;
import dev.warroom.console.room.model.RoomClock;
import dev.warroom.console.room.model.RoomContext;
import dev.warroom.core.incident.ChecklistTick;
import dev.warroom.core.incident.IncidentState;
import dev.warroom.core.plan.model.Checklist;
import dev.warroom.core.plan.model.ChecklistItem;
import dev.warroom.core.plan.model.ChecklistPhase;
import dev.warroom.core.plan.model.Role;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The plan's checklists grouped by phase (before, during, after failover, failback, drill). Ticking
 * an item records who and when in the journal; a tick cannot be taken back, and the pane says so.
 */
public final class ChecklistsPane extends VBox {


    private final IncidentViewModel vm;
    private final Messages messages;
    private final String actor;
    private final VBox content = new VBox();
    private final Map<String, ChecklistItemRow> rows = new LinkedHashMap<>();
    private final List<Runnable> relabel = new ArrayList<>();

    public ChecklistsPane(RoomContext context) {
        this.vm = context.vm();
        this.messages = context.messages();
        this.actor = context.actor();
        setId("checklist");
        getStyleClass().add(ChecklistStyles.PANE);
        content.getStyleClass().add(ChecklistStyles.CONTENT);
        Label note = new Label();
        note.setId("checklist-note");
        note.getStyleClass().add(ChecklistStyles.NOTE);
        note.setWrapText(true);
        note.textProperty().bind(messages.text("checklist.permanent"));
        content.getChildren().add(note);
        build();
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().add(scroll);
        context.subscriptions().onChange(vm.stateProperty(), (old, now) -> showTicks());
        context.subscriptions().onChange(messages.localeProperty(), (old, now) -> {
            relabel.forEach(Runnable::run);
            showTicks();
        });
        showTicks();
    }

    private void build() {
        for (ChecklistPhase phase : ChecklistPhase.values()) {
            List<Checklist> lists = vm.plan().checklists().stream().filter(c -> c.phase() == phase).toList();
            if (lists.isEmpty()) {
                continue;
            }
            Label heading = new Label();
            heading.getStyleClass().add(ChecklistStyles.PHASE);
            heading.textProperty().bind(messages.text("checklist.phase." + phase.name().toLowerCase(Locale.ROOT)));
            content.getChildren().add(heading);
            lists.forEach(list -> content.getChildren().add(checklist(list)));
        }
    }

    private VBox checklist(Checklist list) {
        Label title = new Label(list.title() + (list.titleEn() == null ? "" : "  ·  " + list.titleEn()));
        title.getStyleClass().add(ChecklistStyles.CHECKLIST_TITLE);
        Label count = new Label();
        count.setId("count-" + list.id());
        count.getStyleClass().add(ChecklistStyles.CHECKLIST_COUNT);
        HBox header = new HBox(title, count);
        header.getStyleClass().add(ChecklistStyles.CHECKLIST_TITLE);
        VBox box = new VBox(header);
        box.setId("checklist-" + list.id());
        box.getStyleClass().add(ChecklistStyles.CHECKLIST);
        for (ChecklistItem item : list.items()) {
            ChecklistItemRow row = new ChecklistItemRow(list.id(), item, role(item.role()), messages, ticked -> vm.tick(list.id(), ticked.id(), actor));
            rows.put(list.id() + "/" + item.id(), row);
            box.getChildren().add(row);
        }
        relabel.add(() -> count.setText(messages.get("checklist.count", ticked(list), list.items().size())));
        return box;
    }

    private long ticked(Checklist list) {
        IncidentState state = vm.stateProperty().get();
        return list.items().stream().filter(i -> state.isTicked(list.id(), i.id())).count();
    }

    private void showTicks() {
        IncidentState state = vm.stateProperty().get();
        String permanent = messages.get("checklist.permanent");
        String open = messages.get("checklist.open");
        rows.forEach((key, row) -> {
            String[] ids = key.split("/", 2);
            Optional<ChecklistTick> tick = state.ticks().stream().filter(t -> t.checklist().equals(ids[0]) && t.item().equals(ids[1]))
                    .findFirst();
            row.show(tick, tick.map(t -> messages.get("checklist.ticked", t.actor(), RoomClock.of(t.at()))).orElse(""), permanent, open);
        });
        relabel.forEach(Runnable::run);
    }

    private String role(String roleId) {
        if (roleId == null) {
            return "";
        }
        return vm.plan().roles().stream().filter(r -> r.id().equals(roleId)).findFirst().map(ChecklistsPane::describe).orElse(roleId);
    }

    private static String describe(Role role) {
        return role.title() + (role.titleEn() == null ? "" : " · " + role.titleEn());
    }
}
