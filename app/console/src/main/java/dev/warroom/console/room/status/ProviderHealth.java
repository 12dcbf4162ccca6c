package dev.warroom.console.room.status;

import dev.warroom.console.room.board.StatusLook;
import dev.warroom.core.board.BoardEntry;
import dev.warroom.core.board.BoardSnapshot;
import dev.warroom.core.board.BoardStatus;
import dev.warroom.core.plan.model.Plan;
import dev.warroom.core.plan.model.Resource;
import dev.warroom.core.plan.model.Site;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How one provider answers the board: how many of its resources it answered for, the most serious
 * way it failed, and when it last answered at all.
 *
 * @param worst     the most serious status among its entries (FRESH when all answered)
 * @param failing   how many entries have {@code worst}
 * @param lastHeard the newest observation from this provider; empty when it never answered
 */
record ProviderHealth(String provider, int total, int fresh, BoardStatus worst, long failing, Optional<Instant> lastHeard) {

    enum Connectivity { OK, PARTIAL, DOWN }

    /** OK: every resource answered; DOWN: none did, or the provider refused our credentials; PARTIAL otherwise. */
    Connectivity connectivity() {
        if (fresh == total) {
            return Connectivity.OK;
        }
        return fresh == 0 || worst == BoardStatus.AUTH_FAILED ? Connectivity.DOWN : Connectivity.PARTIAL;
    }

    /** One per provider, in the order the plan first mentions them. */
    static List<ProviderHealth> of(Plan plan, BoardSnapshot snapshot) {
        Map<String, String> providerOf = new LinkedHashMap<>();
        for (Site site : plan.sites()) {
            for (Resource resource : site.resources()) {
                providerOf.put(resource.id(), ProviderOf.of(site, resource));
            }
        }
        Map<String, List<BoardEntry>> groups = new LinkedHashMap<>();
        providerOf.values().forEach(p -> groups.putIfAbsent(p, new ArrayList<>()));
        snapshot.entries().forEach(e -> Optional.ofNullable(providerOf.get(e.resourceId()))
                .ifPresent(p -> groups.get(p).add(e)));
        List<ProviderHealth> all = new ArrayList<>();
        groups.forEach((provider, entries) -> {
            if (!entries.isEmpty()) {
                all.add(summarise(provider, entries));
            }
        });
        return all;
    }

    private static ProviderHealth summarise(String provider, List<BoardEntry> entries) {
        int fresh = (int) entries.stream().filter(e -> e.status().isFresh()).count();
        BoardStatus worst = entries.stream().map(BoardEntry::status).min(Comparator.comparingInt(StatusLook::severity))
                .orElse(BoardStatus.FRESH);
        long failing = entries.stream().filter(e -> e.status() == worst).count();
        Optional<Instant> lastHeard = entries.stream().flatMap(e -> e.observedAt().stream()).max(Comparator.naturalOrder());
        return new ProviderHealth(provider, entries.size(), fresh, worst, failing, lastHeard);
    }
}
