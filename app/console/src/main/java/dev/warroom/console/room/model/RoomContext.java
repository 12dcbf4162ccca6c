package dev.warroom.console.room.model;

import dev.warroom.console.i18n.Messages;
import dev.warroom.console.keys.Shortcuts;

/** What every war-room view is built with: the view model, the words, who is commanding, and the keyboard. */
public record RoomContext(IncidentViewModel vm, Messages messages, String actor, Shortcuts shortcuts) {
}
