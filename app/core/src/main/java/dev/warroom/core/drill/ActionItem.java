package dev.warroom.core.drill;

/** An action item from the hot wash: what, who owns it, and when it is due (as the facilitator wrote it). */
public record ActionItem(String text, String owner, String due) {
}
