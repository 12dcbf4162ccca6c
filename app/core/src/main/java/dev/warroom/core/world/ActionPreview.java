package dev.warroom.core.world;

import java.util.List;

/**
 * A dry run of an action: what it will change, in words ({@code summary}, {@code changes}) and as
 * the exact call it will make ({@code call}), shown before the commander confirms.
 */
public record ActionPreview(String summary, String call, List<String> changes, Reach reach) {

    public ActionPreview {
        changes = List.copyOf(changes);
    }
}
