package dev.warroom.core.plan.validate;

import dev.warroom.core.plan.catalog.ResourceKind;
import dev.warroom.core.plan.catalog.ResourceKinds;
import dev.warroom.core.plan.load.DidYouMean;
import dev.warroom.core.plan.model.Signal;
import dev.warroom.core.plan.model.SignalCondition;
import java.util.List;

/** A signal selects some resources that exist, and a lag condition says what lag is too much. */
final class SignalRules implements PlanRule {

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
        }
    }
}
