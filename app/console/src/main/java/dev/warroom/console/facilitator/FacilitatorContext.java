package dev.warroom.console.facilitator;

import dev.warroom.console.i18n.Messages;
import dev.warroom.console.keys.Shortcuts;
import dev.warroom.console.lifecycle.Subscriptions;

/**
 * What every part of the facilitator's window is built with: the view model, the words, the window's
 * keyboard, and its subscriptions, released when the window closes.
 */
record FacilitatorContext(FacilitatorViewModel vm, Messages messages, Shortcuts shortcuts, Subscriptions subscriptions, InjectWords words) {

    FacilitatorContext(FacilitatorViewModel vm, Messages messages, Shortcuts shortcuts) {
        this(vm, messages, shortcuts, new Subscriptions(), new InjectWords(messages));
    }

    /**
     * A plan's text in the window's language: its English text in English where the plan gives one,
     * else the plan's own words (WarRoom does not translate plans).
     */
    String planText(String own, String english) {
        boolean inEnglish = messages.locale().getLanguage().equals(Messages.ENGLISH.getLanguage());
        return inEnglish && english != null && !english.isBlank() ? english : own == null ? "" : own;
    }

    /** {@link #planText} that follows the language. */
    javafx.beans.binding.StringBinding planTextBinding(String own, String english) {
        return javafx.beans.binding.Bindings.createStringBinding(() -> planText(own, english), messages.localeProperty());
    }

    /** A label-like text that follows the language. */
    javafx.beans.binding.StringBinding text(String key, Object... args) {
        return messages.text(key, args);
    }
}
