package dev.warroom.core.plan.validate;

import dev.warroom.core.plan.catalog.ResourceKind;
import dev.warroom.core.plan.catalog.ResourceKinds;
import dev.warroom.core.plan.load.DidYouMean;
import dev.warroom.core.plan.model.Resource;
import dev.warroom.core.plan.model.ResourceRole;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/** Resources have a known kind, the observe keys it needs, and replicate from a resource like them. */
final class ResourceRules implements PlanRule {

    @Override
    public void check(PlanIndex index, List<Finding> findings) {
        for (Located<Resource> located : index.resources()) {
            Resource resource = located.value();
            Optional<ResourceKind> kind = ResourceKinds.find(resource.kind());
            if (kind.isEmpty()) {
                if (resource.kind() != null) {
                    findings.add(Finding.error(located.at("kind"), "unknown resource kind '" + resource.kind() + "'"
                            + DidYouMean.nearest(resource.kind(), ResourceKinds.all().stream().map(ResourceKind::name).toList(), 3)));
                }
            } else {
                checkObserve(located, kind.get(), findings);
            }
            checkReplication(index, located, kind, findings);
        }
    }

    private static void checkObserve(Located<Resource> located, ResourceKind kind, List<Finding> findings) {
        Resource resource = located.value();
        for (String required : kind.requiredObserve()) {
            if (!resource.observe().containsKey(required)) {
                findings.add(Finding.error(located.at("observe"), "resource '" + resource.id() + "' (" + kind.name()
                        + ") needs observe key '" + required + "'"));
            }
        }
        List<String> allowed = new ArrayList<>(kind.requiredObserve());
        allowed.addAll(new TreeSet<>(kind.optionalObserve()));
        for (String key : resource.observe().keySet()) {
            if (!kind.allowsObserveKey(key) && !SecretPatterns.namesSecret(key)) {
                findings.add(Finding.warning(located.at("observe", key), "unknown observe key '" + key + "' for " + kind.name()
                        + DidYouMean.hint(key, allowed)).atKey());
            }
        }
    }

    private static void checkReplication(PlanIndex index, Located<Resource> located, Optional<ResourceKind> kind,
            List<Finding> findings) {
        Resource resource = located.value();
        String source = resource.replicaOf();
        if (source == null) {
            if (resource.role() == ResourceRole.REPLICA) {
                findings.add(Finding.warning(located.at("role"), "replica '" + resource.id()
                        + "' does not say what it replicates: add replicaOf: <resource id>"));
            }
            return;
        }
        if (source.equals(resource.id())) {
            findings.add(Finding.error(located.at("replicaOf"), "resource '" + source + "' cannot be a replica of itself"));
            return;
        }
        Optional<Resource> primary = index.resource(source);
        if (primary.isEmpty()) {
            findings.add(Finding.error(located.at("replicaOf"), index.resourceIds().unknown(source)));
            return;
        }
        String primaryKind = primary.get().kind();
        boolean bothKnown = kind.isPresent() && ResourceKinds.find(primaryKind).isPresent();
        if (bothKnown && !primaryKind.equals(resource.kind())) {
            findings.add(Finding.warning(located.at("replicaOf"), "resource '" + resource.id() + "' (" + resource.kind()
                    + ") replicates '" + source + "', which is a different kind (" + primaryKind + ")"));
        } else if (kind.isPresent() && !kind.get().replicated()) {
            findings.add(Finding.warning(located.at("replicaOf"), "resource '" + resource.id() + "' has replicaOf, but "
                    + kind.get().name() + " resources do not replicate"));
        }
    }
}
