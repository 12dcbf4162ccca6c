package dev.warroom.core.plan.validate;

import dev.warroom.core.fence.HostEntry;
import dev.warroom.core.plan.model.DrillEnvironment;
import java.util.List;

/** Every host of the drill environment is an IP address, a CIDR network or a host name that a DRILL can check against. */
final class DrillEnvironmentRules implements PlanRule {

    @Override
    public void check(PlanIndex index, List<Finding> findings) {
        DrillEnvironment environment = index.plan().drillEnvironment();
        List<String> hosts = environment.hosts();
        for (int i = 0; i < hosts.size(); i++) {
            try {
                HostEntry.parse(hosts.get(i));
            } catch (IllegalArgumentException e) {
                findings.add(Finding.error("/drillEnvironment/hosts/" + i, "drillEnvironment.hosts: " + e.getMessage()));
            }
        }
    }
}
