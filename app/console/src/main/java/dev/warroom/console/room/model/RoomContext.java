package dev.warroom.console.room.model;

import dev.warroom.console.i18n.Messages;
import dev.warroom.console.keys.Shortcuts;
import dev.warroom.console.lifecycle.Subscriptions;

/**
 * What every war-room view is built with: the view model, the words, who is commanding, the keyboard,
 * and the room's subscriptions, released when the room closes.
 */
public record RoomContext(IncidentViewModel vm, Messages messages, String actor, Shortcuts shortcuts, Subscriptions subscriptions) {

    /** A room with subscriptions of its own. */
    public RoomContext(IncidentViewModel vm, Messages messages, String actor, Shortcuts shortcuts) {
        this(vm, messages, actor, shortcuts, new Subscriptions());
    }
}
