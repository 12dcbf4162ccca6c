package dev.warroom.console.room.model;

import dev.warroom.console.i18n.Messages;
import dev.warroom.console.keys.Shortcuts;
import dev.warroom.console.lifecycle.Subscriptions;
import dev.warroom.core.report.RecordedWords;
import dev.warroom.core.text.TextLanguage;
import java.util.Locale;

/**
 * What every war-room view is built with: the view model, the words, who is commanding, the keyboard,
 * and the room's subscriptions, released when the room closes. The view model's timeline speaks the
 * words' language from the start and follows it when the commander switches.
 */
public record RoomContext(IncidentViewModel vm, Messages messages, String actor, Shortcuts shortcuts, Subscriptions subscriptions) {

    public RoomContext {
        vm.speak(language(messages.locale()));
        subscriptions.onChange(messages.localeProperty(), (before, now) -> vm.speak(language(now)));
    }

    /** A room with subscriptions of its own. */
    public RoomContext(IncidentViewModel vm, Messages messages, String actor, Shortcuts shortcuts) {
        this(vm, messages, actor, shortcuts, new Subscriptions());
    }

    /**
     * The engine's fixed words as the journal and the board record them ("down, primary", "held for 40s of 1m needed"),
     * said in the room's language as it is now; what follows them (a connector's error, a person's words) stays as recorded.
     */
    public RecordedWords recorded() {
        return recordedIn(messages);
    }

    /** As {@link #recorded()}, for a view built with the words alone. */
    public static RecordedWords recordedIn(Messages messages) {
        return messages.recorded();
    }

    private static TextLanguage language(Locale locale) {
        return TextLanguage.fromLocale(locale).orElse(TextLanguage.ENGLISH);
    }
}
