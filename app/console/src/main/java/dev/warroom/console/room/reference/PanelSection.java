package dev.warroom.console.room.reference;

/** The panel's sections, in the order they are listed; each names its heading's message key. */
public enum PanelSection {
    CONTACTS("contacts"),
    ESCALATION("escalation"),
    COMMUNICATION("communication"),
    BACKUPS("backups"),
    DEGRADATION("degradation"),
    REFERENCE("reference");

    private final String word;

    PanelSection(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }

    public String headingKey() {
        return "reference.section." + word;
    }
}
