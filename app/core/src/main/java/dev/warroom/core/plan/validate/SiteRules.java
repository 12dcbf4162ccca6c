package dev.warroom.core.plan.validate;

import dev.warroom.core.plan.model.Site;
import dev.warroom.core.plan.model.SiteRole;
import java.util.List;

/** A plan has a primary site, and each site has something to watch. */
final class SiteRules implements PlanRule {

    @Override
    public void check(PlanIndex index, List<Finding> findings) {
        boolean primary = index.sites().stream().anyMatch(s -> s.value().role() == SiteRole.PRIMARY);
        if (!primary && !index.sites().isEmpty()) {
            findings.add(Finding.warning("/sites", "no site has role: primary; say which site normally serves").atKey());
        }
        for (Located<Site> site : index.sites()) {
            if (site.value().resources().isEmpty()) {
                findings.add(Finding.warning(site.at("id"), "site '" + site.value().id() + "' has no resources to observe"));
            }
        }
    }
}
