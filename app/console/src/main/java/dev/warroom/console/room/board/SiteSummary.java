package dev.warroom.console.room.board;

import dev.warroom.core.board.BoardEntry;
import dev.warroom.core.board.BoardStatus;
import dev.warroom.core.world.Health;
import dev.warroom.core.world.Observation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A site in a phrase or two, the most serious first: "12 of 12 unreachable", "1 of 14 down",
 * "14 of 14 up". Failures of the board come before the health of what answered.
 *
 * @param parts at most two counts, most serious first
 * @param level how bad the most serious part is
 */
record SiteSummary(List<Part> parts, ObjectiveLevel level) {

    /** "{count} of {total} {words}", with {@code wordsKey} the message key of the words. */
    record Part(long count, int total, String wordsKey) {
    }

    static SiteSummary of(List<BoardEntry> entries) {
        int total = entries.size();
        Map<BoardStatus, Long> byStatus = new EnumMap<>(BoardStatus.class);
        Map<Health, Long> byHealth = new EnumMap<>(Health.class);
        for (BoardEntry entry : entries) {
            byStatus.merge(entry.status(), 1L, Long::sum);
            if (entry.status().isFresh()) {
                byHealth.merge(entry.observation().map(Observation::health).orElse(Health.UNKNOWN), 1L, Long::sum);
            }
        }
        List<Part> parts = new ArrayList<>();
        byStatus.entrySet().stream().filter(e -> e.getKey() != BoardStatus.FRESH)
                .sorted(Comparator.comparingInt(e -> StatusLook.severity(e.getKey())))
                .forEach(e -> parts.add(new Part(e.getValue(), total, StatusLook.wordsKey(e.getKey()))));
        for (Health health : List.of(Health.DOWN, Health.DEGRADED, Health.UNKNOWN)) {
            Optional.ofNullable(byHealth.get(health)).ifPresent(n -> parts.add(new Part(n, total, StatusLook.wordsKey(health))));
        }
        if (parts.isEmpty()) {
            parts.add(new Part(byHealth.getOrDefault(Health.UP, 0L), total, StatusLook.wordsKey(Health.UP)));
            return new SiteSummary(parts, ObjectiveLevel.OK);
        }
        Part first = parts.get(0);
        boolean serious = first.wordsKey().equals(StatusLook.wordsKey(Health.DOWN)) || byStatus.keySet().stream()
                .anyMatch(s -> s != BoardStatus.FRESH && s != BoardStatus.STALE && s != BoardStatus.NO_PROBE
                        && s != BoardStatus.NOT_OBSERVED_IN_DRILL);
        return new SiteSummary(List.copyOf(parts.subList(0, Math.min(2, parts.size()))), serious ? ObjectiveLevel.BAD : ObjectiveLevel.WARN);
    }
}
