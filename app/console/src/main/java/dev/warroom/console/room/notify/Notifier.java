package dev.warroom.console.room.notify;

import dev.warroom.console.i18n.Messages;
import dev.warroom.console.room.model.RoomContext;
import dev.warroom.core.incident.IncidentEvent;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.stage.Popup;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * Shows what {@link NoticePolicy} picks from the newly recorded events as ControlsFX notifications at
 * the window's right edge, half-way down, for a few seconds: over the timeline, which holds the same
 * events, and clear of the step's controls and the note field below it. They never take the keyboard: the typed name or
 * the note being written keeps it, and Esc still reaches them. The timeline keeps every event as before.
 */
public final class Notifier {

    /** The style class of every notification's bar (themes/notifications.css); {@code wr-notice-<kind>} adds its colour. */
    public static final String NOTICE = "wr-notice";
    private static final Duration SHOWN_FOR = Duration.seconds(7);
    /** With this many up, a resource going down collapses them into one notification that sends the commander to the timeline. */
    private static final int AT_MOST_AT_ONCE = 4;

    private final Messages messages;
    private final Node anchor;
    private final NoticePolicy policy;

    /** @param anchor any node of the war room: notifications go to the window it is shown in */
    public Notifier(RoomContext context, Node anchor) {
        this.messages = context.messages();
        this.anchor = anchor;
        this.policy = new NoticePolicy(context.vm().plan(), context::recorded);
        context.vm().onNewEvent(this::recorded);
    }

    private void recorded(IncidentEvent event) {
        policy.noticeFor(event).ifPresent(this::show);
    }

    private void show(Notice notice) {
        Window window = anchor.getScene() == null ? null : anchor.getScene().getWindow();
        if (window == null || !window.isShowing()) {
            return;
        }
        Object[] args = notice.args().toArray();
        Set<Window> before = new HashSet<>(Window.getWindows());
        Notifications notification = Notifications.create()
                .owner(window)
                .position(Pos.CENTER_RIGHT)
                .hideAfter(SHOWN_FOR)
                .title(messages.get(notice.kind().titleKey(), args))
                .text(messages.get(notice.kind().textKey(), args))
                .graphic(icon(notice.kind()))
                .styleClass(NOTICE, NOTICE + "-" + notice.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        if (notice.kind() == Notice.Kind.RESOURCE_DOWN) {
            // A region going down takes many resources with it: past a few at once, one notification sends the commander to the timeline.
            notification.threshold(AT_MOST_AT_ONCE, Notifications.create()
                    .owner(window)
                    .position(Pos.CENTER_RIGHT)
                    .hideAfter(SHOWN_FOR)
                    .title(messages.get("notify.many.title"))
                    .text(messages.get("notify.many.text"))
                    .graphic(icon(null))
                    .styleClass(NOTICE, NOTICE + "-many"));
        }
        notification.show();
        List<Window> shown = Window.getWindows().stream().filter(w -> !before.contains(w)).toList();
        shown.forEach(Notifier::leaveTheKeyboardAlone);
    }

    /**
     * A popup sees the owner window's keys first: with a focused close button it would eat the space
     * typed into a note, and by default Esc would close it instead of leaving the note field.
     */
    private static void leaveTheKeyboardAlone(Window window) {
        if (window instanceof Popup popup) {
            popup.setHideOnEscape(false);
            popup.getContent().forEach(content -> content.lookupAll(".close-button").forEach(button -> button.setFocusTraversable(false)));
        }
    }

    private static FontIcon icon(Notice.Kind kind) {
        Ikon code = kind == null ? Material2AL.LIST_ALT : switch (kind) {
            case STEP_FAILED -> Material2AL.ERROR;
            case CHAT_QUEUED -> Material2MZ.SCHEDULE;
            case RESOURCE_DOWN -> Material2AL.CLOUD_OFF;
            case SUGGESTED -> Material2AL.LIGHTBULB;
        };
        FontIcon icon = new FontIcon(code);
        icon.getStyleClass().add(NOTICE + "-icon");
        return icon;
    }
}
