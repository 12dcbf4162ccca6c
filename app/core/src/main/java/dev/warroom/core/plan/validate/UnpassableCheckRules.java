package dev.warroom.core.plan.validate;

import dev.warroom.core.plan.catalog.ResourceKind;
import dev.warroom.core.plan.catalog.ResourceKinds;
import dev.warroom.core.plan.model.Resource;
import dev.warroom.core.plan.model.Signal;
import dev.warroom.core.plan.model.SignalCondition;
import dev.warroom.core.plan.model.Site;
import dev.warroom.core.plan.model.Step;
import dev.warroom.core.plan.model.Verification;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A verification or a lag signal that can never be met: the step would wait out its timeout and fail,
 * the suggestion would never come. A value taken at run time ({@code {{param}}}) is not judged here.
 */
final class UnpassableCheckRules implements PlanRule {

    @Override
    public void check(PlanIndex index, List<Finding> findings) {
        for (Located<Step> step : index.steps()) {
            Verification verify = step.value().verify();
            if (verify == null || verify.condition() == null) {
                continue;
            }
            String resourceId = verify.resource() != null ? verify.resource()
                    : step.value().action() == null ? null : step.value().action().target();
            Optional<Resource> resource = index.resource(resourceId);
            switch (verify.condition()) {
                case REPLICAS_READY -> replicasReady(step, verify, findings);
                case TRAFFIC_TO -> trafficTo(index, step, verify, findings);
                case LAG_BELOW -> resource.filter(r -> doesNotReplicate(r.kind())).ifPresent(r -> findings.add(Finding.liveBlocker(
                        step.at("verify", "condition"), "step '" + step.value().id() + "' waits for lag-below on '" + r.id() + "' ("
                                + r.kind() + "), which does not replicate: it has no lag, so the check can never pass")));
                default -> {
                }
            }
        }
        for (Located<Signal> signal : index.signals()) {
            SignalCondition condition = signal.value().condition();
            if (condition == SignalCondition.LAG_ABOVE || condition == SignalCondition.LAG_BELOW) {
                lagSignal(index, signal, findings);
            }
        }
    }

    /** The engine waits for at least one ready replica and that many: "0", a negative count or a word never comes. */
    private static void replicasReady(Located<Step> step, Verification verify, List<Finding> findings) {
        String value = verify.value();
        if (value == null || runTime(value)) {
            String scaledTo = step.value().action() != null && "k8s.scale".equals(step.value().action().kind())
                    ? step.value().action().params().get("replicas") : null;
            if (value == null && scaledTo != null && scaledTo.strip().equals("0")) {
                findings.add(Finding.liveBlocker(step.at("verify", "condition"), "step '" + step.value().id()
                        + "' scales to 0 replicas and waits for replicas-ready, which needs at least one ready replica: it can never"
                        + " pass (verify healthy or a manual-check instead)"));
            }
            return;
        }
        String count = value.strip();
        if (!count.matches("[0-9]{1,9}") || Integer.parseInt(count) <= 0) {
            findings.add(Finding.liveBlocker(step.at("verify", "value"), "replicas-ready '" + count + "' can never pass: it waits for a"
                    + " whole number of ready replicas, 1 or more"));
        }
    }

    /**
     * What serves is a site in the simulated world and an origin's host on the real edges; a value that is neither a
     * site of the plan, nor a host naming one, nor a host at all is never what serves.
     */
    private static void trafficTo(PlanIndex index, Located<Step> step, Verification verify, List<Finding> findings) {
        String value = verify.value();
        if (value == null || value.isBlank() || runTime(value)) {
            return;
        }
        String want = value.strip().toLowerCase(Locale.ROOT);
        boolean namesSite = index.siteIds().contains(value.strip())
                || Arrays.stream(want.split("[./:]")).anyMatch(label -> index.sites().stream()
                        .map(s -> s.value().id()).anyMatch(id -> id != null && id.toLowerCase(Locale.ROOT).equals(label)));
        boolean host = want.contains(".");
        if (!namesSite && !host) {
            findings.add(Finding.liveBlocker(step.at("verify", "value"), "traffic-to '" + value.strip() + "' names no site of the plan"
                    + " (" + String.join(", ", index.siteIds().ids()) + ") and no host, so the check can never pass: what serves is"
                    + " a site, or an origin's host name"));
        }
    }

    private static void lagSignal(PlanIndex index, Located<Signal> located, List<Finding> findings) {
        Signal signal = located.value();
        String words = "signal '" + signal.id() + "' tests " + (signal.condition() == SignalCondition.LAG_ABOVE ? "lag-above" : "lag-below");
        for (int i = 0; i < signal.resources().size(); i++) {
            Optional<Resource> resource = index.resource(signal.resources().get(i));
            if (resource.isPresent() && doesNotReplicate(resource.get().kind())) {
                findings.add(Finding.liveBlocker(located.at("resources", i), words + " on '" + resource.get().id() + "' ("
                        + resource.get().kind() + "), which does not replicate and has no lag"));
            }
        }
        for (int i = 0; i < signal.kinds().size(); i++) {
            String kind = signal.kinds().get(i);
            if (doesNotReplicate(kind)) {
                findings.add(Finding.liveBlocker(located.at("kinds", i), words + " on " + kind + " resources, which do not replicate"
                        + " and have no lag"));
            }
        }
        if (signal.site() != null && signal.resources().isEmpty() && signal.kinds().isEmpty()) {
            Optional<Site> site = index.sites().stream().map(Located::value).filter(s -> signal.site().equals(s.id())).findFirst();
            if (site.isPresent() && !site.get().resources().isEmpty()
                    && site.get().resources().stream().allMatch(r -> doesNotReplicate(r.kind()))) {
                findings.add(Finding.liveBlocker(located.at("site"), words + " on site '" + signal.site()
                        + "', where no resource replicates: none has lag"));
            }
        }
    }

    private static boolean doesNotReplicate(String kind) {
        return ResourceKinds.find(kind).filter(k -> !k.replicated()).map(ResourceKind::name).isPresent();
    }

    private static boolean runTime(String value) {
        return value.contains("{{");
    }
}
