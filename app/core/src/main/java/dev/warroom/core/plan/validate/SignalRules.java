package dev.warroom.core.plan.validate;

import dev.warroom.core.plan.catalog.ResourceKind;
import dev.warroom.core.plan.catalog.ResourceKinds;
import dev.warroom.core.plan.load.DidYouMean;
import dev.warroom.core.plan.model.Signal;
import dev.warroom.core.plan.model.SignalCondition;
import dev.warroom.core.plan.model.Resource;
import dev.warroom.core.plan.model.SignalSelection;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A signal selects some resources that exist, and a lag condition says what lag is too much. A metric signal
 * (error rate, availability, latency, or lag over a window) gives its window and limits within range, and
 * selects only resources whose probes sample what it asks for.
 */
final class SignalRules implements PlanRule {

    /** The kinds whose probes report a request's latency (the simulated endpoint and the web connector's HTTP probe). */
    static final Set<String> LATENCY_KINDS = Set.of("http-health");

    @Override
    public void check(PlanIndex index, List<Finding> findings) {
        for (Located<Signal> located : index.signals()) {
            Signal signal = located.value();
            if (signal.resources().isEmpty() && signal.site() == null && signal.kinds().isEmpty()) {
                findings.add(Finding.error(located.at("id"), "signal '" + signal.id()
                        + "' selects no resources: give resources, site or kinds"));
            }
            for (int i = 0; i < signal.resources().size(); i++) {
                String resource = signal.resources().get(i);
                if (!index.resourceIds().contains(resource)) {
                    findings.add(Finding.error(located.at("resources", i), index.resourceIds().unknown(resource)));
                }
            }
            if (signal.site() != null && !index.siteIds().contains(signal.site())) {
                findings.add(Finding.error(located.at("site"), index.siteIds().unknown(signal.site())));
            }
            for (int i = 0; i < signal.kinds().size(); i++) {
                String kind = signal.kinds().get(i);
                if (ResourceKinds.find(kind).isEmpty()) {
                    findings.add(Finding.error(located.at("kinds", i), "unknown resource kind '" + kind + "'"
                            + DidYouMean.nearest(kind, ResourceKinds.all().stream().map(ResourceKind::name).toList(), 3)));
                }
            }
            boolean lag = signal.condition() == SignalCondition.LAG_ABOVE || signal.condition() == SignalCondition.LAG_BELOW;
            if (lag && signal.threshold() == null) {
                findings.add(Finding.error(located.at("condition"), "signal '" + signal.id() + "' tests "
                        + (signal.condition() == SignalCondition.LAG_ABOVE ? "lag-above" : "lag-below")
                        + " but has no threshold: add e.g. threshold: 60s"));
            }
            checkMetric(index, located, findings);
        }
    }

    private static void checkMetric(PlanIndex index, Located<Signal> located, List<Finding> findings) {
        Signal signal = located.value();
        SignalCondition condition = signal.condition();
        boolean rate = condition == SignalCondition.ERROR_RATE_ABOVE || condition == SignalCondition.AVAILABILITY_BELOW;
        boolean latency = condition == SignalCondition.LATENCY_ABOVE;
        boolean lag = condition == SignalCondition.LAG_ABOVE || condition == SignalCondition.LAG_BELOW;
        String name = conditionName(condition);
        if ((rate || latency) && signal.window() == null) {
            findings.add(Finding.error(located.at("condition"), "signal '" + signal.id() + "' tests " + name
                    + " over a window of samples but has no window: add e.g. window: 5m"));
        }
        if (signal.window() != null && signal.window().compareTo(Duration.ZERO) <= 0) {
            findings.add(Finding.error(located.at("window"), "the window of signal '" + signal.id() + "' must be longer than 0s"));
        }
        if (signal.window() != null && !rate && !latency && !lag) {
            findings.add(Finding.warning(located.at("window"), "signal '" + signal.id() + "' tests " + name
                    + ", which is judged on each reading: its window is not used"));
        }
        if (rate && signal.percent() == null) {
            findings.add(Finding.error(located.at("condition"), "signal '" + signal.id() + "' tests " + name + " but gives no percent: add e.g. "
                    + (condition == SignalCondition.ERROR_RATE_ABOVE ? "percent: 50" : "percent: 99.5")));
        }
        if (signal.percent() != null && (signal.percent() < 0 || signal.percent() > 100 || signal.percent().isNaN())) {
            findings.add(Finding.error(located.at("percent"), "percent of signal '" + signal.id() + "' is "
                    + java.math.BigDecimal.valueOf(signal.percent()).stripTrailingZeros().toPlainString()
                    + ": it must be between 0 and 100"));
        }
        if (signal.percent() != null && !rate) {
            findings.add(Finding.warning(located.at("percent"), "signal '" + signal.id() + "' tests " + name
                    + ": percent is used only by error-rate-above and availability-below"));
        }
        if (signal.percentile() != null && (signal.percentile() < 1 || signal.percentile() > 100)) {
            findings.add(Finding.error(located.at("percentile"), "percentile of signal '" + signal.id() + "' is " + signal.percentile()
                    + ": it must be between 1 and 100 (e.g. 95)"));
        }
        if (signal.percentile() != null && !latency && !(lag && signal.window() != null)) {
            findings.add(Finding.warning(located.at("percentile"), "signal '" + signal.id() + "' tests " + name
                    + (lag ? " without a window" : "") + ": percentile is used only by latency-above and by lag conditions over a window"));
        }
        if (latency && signal.threshold() == null) {
            findings.add(Finding.error(located.at("condition"), "signal '" + signal.id()
                    + "' tests latency-above but has no threshold: add e.g. threshold: 10s"));
        }
        if (latency) {
            List<String> silent = selectedKinds(index, signal).stream().filter(kind -> !LATENCY_KINDS.contains(kind)).distinct().toList();
            if (!silent.isEmpty()) {
                findings.add(Finding.error(located.at("condition"), "signal '" + signal.id() + "' tests latency-above, but "
                        + String.join(", ", silent) + (silent.size() == 1 ? " does" : " do") + " not report latency; only "
                        + String.join(", ", LATENCY_KINDS.stream().sorted().toList()) + " does"));
            }
        }
        if (lag && signal.window() != null) {
            List<String> single = selectedKinds(index, signal).stream()
                    .filter(kind -> ResourceKinds.find(kind).map(k -> !k.replicated()).orElse(false)).distinct().toList();
            if (!single.isEmpty()) {
                findings.add(Finding.error(located.at("condition"), "signal '" + signal.id() + "' tests " + name + " over a window, but "
                        + String.join(", ", single) + (single.size() == 1 ? " does" : " do") + " not replicate, so has no lag to sample"));
            }
        }
    }

    private static List<String> selectedKinds(PlanIndex index, Signal signal) {
        return SignalSelection.resources(index.plan(), signal).stream().map(Resource::kind).toList();
    }

    private static String conditionName(SignalCondition condition) {
        return condition.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
