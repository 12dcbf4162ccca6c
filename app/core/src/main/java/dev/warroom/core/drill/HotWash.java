package dev.warroom.core.drill;

import java.util.List;
import java.util.Map;

/** The facilitator's hot wash at the end of a drill; ratings by objective id are optional. */
public record HotWash(List<String> wentWell, List<String> toImprove, List<ActionItem> actions, Map<String, Rating> ratings) {

    public HotWash {
        wentWell = List.copyOf(wentWell);
        toImprove = List.copyOf(toImprove);
        actions = List.copyOf(actions);
        ratings = Map.copyOf(ratings);
    }
}
