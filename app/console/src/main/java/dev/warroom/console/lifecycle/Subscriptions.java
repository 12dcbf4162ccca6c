package dev.warroom.console.lifecycle;

import java.util.function.BiConsumer;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.util.Subscription;

/**
 * What a screen has subscribed to on things that may outlive it (the view model, the app's language):
 * released together when the screen goes away, so nothing keeps the screen alive afterwards. A
 * subscription added after the release is released at once. Use on the FX thread.
 */
public final class Subscriptions {

    private Subscription held = Subscription.EMPTY;
    private boolean released;

    /** Keeps {@code subscription} until {@link #release()}. */
    public void add(Subscription subscription) {
        if (released) {
            subscription.unsubscribe();
        } else {
            held = held.and(subscription);
        }
    }

    /** Calls {@code change} with the old and the new value each time {@code value} changes (not now). */
    public <T> void onChange(ObservableValue<T> value, BiConsumer<? super T, ? super T> change) {
        add(value.subscribe(change));
    }

    /** Calls {@code change} each time {@code value} changes (not now). */
    public void onChange(ObservableValue<?> value, Runnable change) {
        add(value.subscribe((before, after) -> change.run()));
    }

    /** Calls {@code change} each time {@code list} changes. */
    public <E> void onChange(ObservableList<E> list, ListChangeListener<? super E> change) {
        list.addListener(change);
        add(() -> list.removeListener(change));
    }

    /** Releases every subscription held, and every one added from now on. */
    public void release() {
        released = true;
        Subscription all = held;
        held = Subscription.EMPTY;
        all.unsubscribe();
    }

    public boolean released() {
        return released;
    }
}
