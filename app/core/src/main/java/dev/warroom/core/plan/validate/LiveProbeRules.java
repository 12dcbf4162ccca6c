package dev.warroom.core.plan.validate;

import dev.warroom.core.plan.catalog.LiveCapabilities;
import dev.warroom.core.plan.catalog.ResourceKinds;
import dev.warroom.core.plan.model.Resource;
import java.util.List;

/** A resource of a kind no real connector observes can be simulated, but not watched in a DRILL or LIVE. */
final class LiveProbeRules implements PlanRule {

    @Override
    public void check(PlanIndex index, List<Finding> findings) {
        for (Located<Resource> located : index.resources()) {
            String kind = located.value().kind();
            if (kind != null && ResourceKinds.find(kind).isPresent() && !LiveCapabilities.probed(kind)) {
                findings.add(Finding.liveBlocker(located.at("kind"), "no real connector observes " + kind + ", so resource '"
                        + located.value().id() + "' can only be simulated (TABLETOP)"));
            }
        }
    }
}
