package dev.warroom.core.incident;

import dev.warroom.core.plan.model.DecisionNode;
import dev.warroom.core.plan.model.Plan;
import dev.warroom.core.plan.model.Resource;
import dev.warroom.core.plan.model.Signal;
import dev.warroom.core.plan.model.SignalCondition;
import dev.warroom.core.plan.model.Site;
import dev.warroom.core.plan.model.Suggestion;
import dev.warroom.core.time.DurationText;
import dev.warroom.core.world.Health;
import dev.warroom.core.world.Observation;
import dev.warroom.core.world.ReplicationRole;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Evaluates the plan's signals over successive readings and remembers since when each has held,
 * so "all primary health checks failing for 5 min" means five minutes of incident time.
 * Not thread-safe: the engine feeds it from one thread.
 */
public final class SignalEvaluator {

    private final Plan plan;
    private final Map<String, String> siteOfResource = new HashMap<>();
    private final Map<String, Instant> holdingSince = new HashMap<>();
    private final Map<String, SignalStatus> latest = new LinkedHashMap<>();

    public SignalEvaluator(Plan plan) {
        this.plan = plan;
        for (Site site : plan.sites()) {
            site.resources().forEach(r -> siteOfResource.put(r.id(), site.id()));
        }
    }

    /** Feeds one set of readings taken at {@code now}; returns every signal's status. */
    public Map<String, SignalStatus> update(Map<String, ResourceReading> readings, Instant now) {
        return update(readings, now, Map.of());
    }

    /**
     * As {@link #update(Map, Instant)}, knowing since when each resource has shown its current state
     * ({@code unchangedSince}, from the journal). A signal found holding that is not about lag has held
     * at least since the last change of any of its resources, so after a resume a signal that was
     * building up before the crash keeps the time it had already held.
     */
    public Map<String, SignalStatus> update(Map<String, ResourceReading> readings, Instant now, Map<String, Instant> unchangedSince) {
        for (Signal signal : plan.signals()) {
            List<String> evidence = new ArrayList<>();
            boolean holds = holds(signal, readings, evidence);
            if (holds) {
                holdingSince.computeIfAbsent(signal.id(), id -> heldSince(signal, unchangedSince).filter(t -> t.isBefore(now)).orElse(now));
            } else {
                holdingSince.remove(signal.id());
            }
            Duration held = holds ? Duration.between(holdingSince.get(signal.id()), now) : Duration.ZERO;
            Duration needed = signal.sustained() == null ? Duration.ZERO : signal.sustained();
            if (holds) {
                evidence.add("held for " + DurationText.human(held) + " of " + DurationText.human(needed) + " needed");
            }
            latest.put(signal.id(), new SignalStatus(signal.id(), holds, held, needed, evidence));
        }
        return Map.copyOf(latest);
    }

    private Optional<Instant> heldSince(Signal signal, Map<String, Instant> unchangedSince) {
        if (signal.condition() == SignalCondition.LAG_ABOVE || signal.condition() == SignalCondition.LAG_BELOW) {
            return Optional.empty();
        }
        List<String> selected = select(signal);
        if (selected.isEmpty() || !unchangedSince.keySet().containsAll(selected)) {
            return Optional.empty();
        }
        return selected.stream().map(unchangedSince::get).max(Instant::compareTo);
    }

    public Optional<SignalStatus> status(String signalId) {
        return Optional.ofNullable(latest.get(signalId));
    }

    /** The first suggestion of {@code node} whose signal is satisfied. */
    public Optional<SuggestedAnswer> suggest(DecisionNode node) {
        for (Suggestion suggestion : node.suggestions()) {
            SignalStatus status = latest.get(suggestion.signal());
            if (status != null && status.satisfied()) {
                return Optional.of(new SuggestedAnswer(node.id(), suggestion.answer(), suggestion.signal(), status.evidence()));
            }
        }
        return Optional.empty();
    }

    /**
     * The longest time a suggestion listed before the first satisfied one still needs: while it builds
     * up, a more specific answer may yet replace the one suggested now. Empty when none is building.
     */
    public Optional<Duration> strongerPending(DecisionNode node) {
        Optional<Duration> longest = Optional.empty();
        for (Suggestion suggestion : node.suggestions()) {
            SignalStatus status = latest.get(suggestion.signal());
            if (status != null && status.satisfied()) {
                return longest;
            }
            Optional<Duration> remaining = status == null ? Optional.empty() : status.remaining();
            if (remaining.isPresent() && longest.map(l -> remaining.get().compareTo(l) > 0).orElse(true)) {
                longest = remaining;
            }
        }
        return longest;
    }

    /** The longest time any of the node's signals still needs before it could count. */
    public Optional<Duration> longestPending(DecisionNode node) {
        return node.suggestions().stream()
                .map(s -> latest.get(s.signal()))
                .filter(s -> s != null && s.remaining().isPresent())
                .map(s -> s.remaining().get())
                .max(Duration::compareTo);
    }

    private boolean holds(Signal signal, Map<String, ResourceReading> readings, List<String> evidence) {
        List<String> selected = select(signal);
        if (selected.isEmpty()) {
            evidence.add("no resource matches this signal");
            return false;
        }
        int passing = 0;
        java.util.Map<String, List<String>> byState = new java.util.LinkedHashMap<>();
        for (String id : selected) {
            ResourceReading reading = readings.get(id);
            boolean pass = reading != null && test(signal, reading);
            if (pass) {
                passing++;
            }
            byState.computeIfAbsent(describe(reading), k -> new ArrayList<>()).add(id);
        }
        byState.forEach((state, ids) -> evidence.add(names(ids) + ": " + state));
        return switch (signal.quantifier()) {
            case ALL -> passing == selected.size();
            case ANY -> passing > 0;
            case NONE -> passing == 0;
        };
    }

    private List<String> select(Signal signal) {
        List<String> ids = new ArrayList<>(signal.resources());
        for (Site site : plan.sites()) {
            for (Resource r : site.resources()) {
                boolean inSite = signal.site() != null && signal.site().equals(site.id());
                boolean ofKind = signal.kinds().contains(r.kind());
                boolean selectedBySite = inSite && (signal.kinds().isEmpty() || ofKind);
                boolean selectedByKindOnly = signal.site() == null && signal.resources().isEmpty() && ofKind;
                if ((selectedBySite || selectedByKindOnly) && !ids.contains(r.id())) {
                    ids.add(r.id());
                }
            }
        }
        return ids;
    }

    private static boolean test(Signal signal, ResourceReading reading) {
        Optional<Observation> seen = reading.observation();
        Duration threshold = signal.threshold() == null ? Duration.ZERO : signal.threshold();
        return switch (signal.condition()) {
            case DOWN -> !reading.reachable() || seen.map(o -> o.health() == Health.DOWN).orElse(false);
            case UNREACHABLE -> !reading.reachable();
            case HEALTHY -> reading.reachable() && seen.map(o -> o.health() == Health.UP).orElse(false);
            case LAG_ABOVE -> seen.flatMap(Observation::lag).map(l -> l.compareTo(threshold) > 0).orElse(false);
            case LAG_BELOW -> seen.flatMap(Observation::lag).map(l -> l.compareTo(threshold) < 0).orElse(false);
            case IS_PRIMARY -> reading.reachable() && seen.map(o -> o.role() == ReplicationRole.PRIMARY).orElse(false);
            case IS_REPLICA -> reading.reachable() && seen.map(o -> o.role() == ReplicationRole.REPLICA).orElse(false);
            case HEALTH_EVENT -> reading.reachable() && seen.map(o -> o.health() != Health.UP).orElse(false);
            // Metric conditions are judged over a window of samples, not one reading (issue 12, signals).
            case ERROR_RATE_ABOVE, AVAILABILITY_BELOW, LATENCY_ABOVE -> false;
        };
    }

    /** Up to three ids, then how many more: evidence a commander can read at a glance. */
    private static String names(List<String> ids) {
        return ids.size() <= 3 ? String.join(", ", ids)
                : String.join(", ", ids.subList(0, 3)) + " and " + (ids.size() - 3) + " more";
    }

    static String describe(ResourceReading reading) {
        if (reading == null) {
            return "not observed";
        }
        if (!reading.reachable()) {
            String[] parts = reading.problem().orElse("unreachable").split(": ", 3);
            return parts.length >= 2 ? parts[0] + ": " + parts[1] : parts[0];
        }
        return reading.observation().map(o -> {
            StringBuilder words = new StringBuilder(o.health().name().toLowerCase(java.util.Locale.ROOT));
            if (o.role() != ReplicationRole.NONE) {
                words.append(", ").append(o.role().name().toLowerCase(java.util.Locale.ROOT));
            }
            o.lag().ifPresent(l -> words.append(", lag ").append(DurationText.human(l)));
            return words.toString();
        }).orElse("no observation yet");
    }
}
