package dev.warroom.core.incident;

import dev.warroom.core.plan.model.DecisionNode;
import dev.warroom.core.plan.model.Plan;
import dev.warroom.core.plan.model.Signal;
import dev.warroom.core.plan.model.SignalCondition;
import dev.warroom.core.plan.model.SignalSelection;
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
    private final SampleWindows windows;
    private final Map<String, List<String>> selection = new HashMap<>();
    private Instant evaluatedAt;

    public SignalEvaluator(Plan plan) {
        this.plan = plan;
        for (Site site : plan.sites()) {
            site.resources().forEach(r -> siteOfResource.put(r.id(), site.id()));
        }
        Map<String, Duration> longest = new HashMap<>();
        for (Signal signal : plan.signals()) {
            if (WindowMetric.windowed(signal) && signal.window() != null && signal.window().compareTo(Duration.ZERO) > 0) {
                for (String id : select(signal)) {
                    longest.merge(id, signal.window(), (a, b) -> a.compareTo(b) >= 0 ? a : b);
                }
            }
        }
        this.windows = new SampleWindows(longest);
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
        evaluatedAt = now;
        windows.add(readings, now);
        for (Signal signal : plan.signals()) {
            List<String> evidence = new ArrayList<>();
            boolean holds = WindowMetric.windowed(signal) ? holdsOverWindow(signal, now, evidence) : holds(signal, readings, evidence);
            if (holds) {
                holdingSince.computeIfAbsent(signal.id(), id -> heldSince(signal, unchangedSince).filter(t -> t.isBefore(now)).orElse(now));
            } else {
                holdingSince.remove(signal.id());
            }
            Duration held = holds ? Duration.between(holdingSince.get(signal.id()), now) : Duration.ZERO;
            Duration needed = signal.sustained() == null ? Duration.ZERO : signal.sustained();
            if (holds) {
                evidence.add(heldWords(held, needed));
            }
            latest.put(signal.id(), new SignalStatus(signal.id(), holds, held, needed, evidence));
        }
        return Map.copyOf(latest);
    }

    /** "held for 40s of 1m needed"; a signal that needs no sustained time only says how long it has held. */
    static String heldWords(Duration held, Duration needed) {
        return "held for " + DurationText.human(held) + (needed.isZero() ? "" : " of " + DurationText.human(needed) + " needed");
    }

    private Optional<Instant> heldSince(Signal signal, Map<String, Instant> unchangedSince) {
        // Lag moves between readings, and a window is judged only on what this evaluator sampled: both start again.
        if (signal.condition() == SignalCondition.LAG_ABOVE || signal.condition() == SignalCondition.LAG_BELOW || WindowMetric.windowed(signal)) {
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

    /**
     * Each suggestion of {@code node} as its signal stands: the first satisfied one is {@code offered};
     * one listed before it whose condition holds but has not held long enough is {@code stronger}.
     */
    public List<SuggestionProgress> progress(DecisionNode node) {
        List<SuggestionProgress> out = new ArrayList<>();
        boolean offeredFound = false;
        for (Suggestion suggestion : node.suggestions()) {
            SignalStatus status = latest.get(suggestion.signal());
            boolean holding = status != null && status.holding();
            Duration held = status == null ? Duration.ZERO : status.heldFor();
            Duration needed = status == null ? neededOf(suggestion.signal()) : status.needed();
            boolean offered = !offeredFound && status != null && status.satisfied();
            offeredFound |= offered;
            out.add(new SuggestionProgress(node.id(), suggestion.answer(), suggestion.signal(), holding, held, needed,
                    status == null ? List.of() : status.evidence(), offered, false));
        }
        if (!offeredFound) {
            return List.copyOf(out);
        }
        List<SuggestionProgress> marked = new ArrayList<>();
        boolean beforeOffered = true;
        for (SuggestionProgress p : out) {
            boolean stronger = beforeOffered && p.holding() && !p.satisfied();
            beforeOffered &= !p.offered();
            marked.add(stronger ? new SuggestionProgress(p.node(), p.answer(), p.signal(), p.holding(), p.heldFor(), p.needed(),
                    p.evidence(), false, true) : p);
        }
        return List.copyOf(marked);
    }

    private Duration neededOf(String signalId) {
        return plan.signals().stream().filter(s -> s.id().equals(signalId)).findFirst()
                .map(s -> s.sustained() == null ? Duration.ZERO : s.sustained()).orElse(Duration.ZERO);
    }

    /** When the readings last fed were taken; empty before the first. */
    public Optional<Instant> evaluatedAt() {
        return Optional.ofNullable(evaluatedAt);
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

    /**
     * A metric signal: each selected resource is judged over its own window of samples (and passes only once
     * the window is covered), then the quantifier applies as for any signal.
     */
    private boolean holdsOverWindow(Signal signal, Instant now, List<String> evidence) {
        List<String> selected = select(signal);
        if (selected.isEmpty()) {
            evidence.add("no resource matches this signal");
            return false;
        }
        if (signal.window() == null || signal.window().compareTo(Duration.ZERO) <= 0) {
            evidence.add("no window to judge the samples over");
            return false;
        }
        int passing = 0;
        for (int i = 0; i < selected.size(); i++) {
            WindowMetric.Verdict verdict = WindowMetric.judge(signal, selected.get(i), windows, now);
            if (verdict.passes()) {
                passing++;
            }
            if (i < 3) {
                evidence.add(selected.get(i) + ": " + verdict.words());
            }
        }
        if (selected.size() > 3) {
            evidence.add("and " + (selected.size() - 3) + " more (" + passing + " of " + selected.size() + " in all past the limit)");
        }
        return switch (signal.quantifier()) {
            case ALL -> passing == selected.size();
            case ANY -> passing > 0;
            case NONE -> passing == 0;
        };
    }

    private List<String> select(Signal signal) {
        return selection.computeIfAbsent(signal.id(), id -> List.copyOf(SignalSelection.resourceIds(plan, signal)));
    }

    /** How many samples the metric windows hold in all (bounded: see {@link SampleWindows}). */
    int samplesHeld() {
        return windows.size();
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
            // judged over a window of samples (holdsOverWindow), never one reading
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
