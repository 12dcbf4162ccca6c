package dev.warroom.core.board;

import dev.warroom.core.plan.model.DecisionNode;
import dev.warroom.core.plan.model.DecisionTree;
import dev.warroom.core.plan.model.NodeType;
import dev.warroom.core.plan.model.Plan;
import dev.warroom.core.plan.model.RecoveryTargets;
import dev.warroom.core.plan.model.Resource;
import dev.warroom.core.plan.model.Site;
import dev.warroom.core.plan.model.SiteRole;
import dev.warroom.core.plan.model.Source;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Small plans built in code, for board tests and the refresh benchmark. */
public final class TestPlans {

    private TestPlans() {
    }

    public static Plan of(Site... sites) {
        return new Plan(1, "board-test", "Board test system", null,
                new Source("board test", null, null, null, null, null, null, null, null, null, null),
                new RecoveryTargets(Duration.ofHours(1), Duration.ofMinutes(15), null, null, null, null, null, null, null, null),
                List.of(sites), null, null,
                new DecisionTree("end", List.of(new DecisionNode("end", NodeType.END, "End", null, null, null, null, null, null, null, null, null, null, null, null, null))),
                List.of(), null, null, null, null, null, null, null, null, null, null, null);
    }

    public static Site site(String id, SiteRole role, Resource... resources) {
        return new Site(id, id, null, role, null, null, null, List.of(resources), null);
    }

    public static Resource resource(String id, String kind) {
        return new Resource(id, kind, id, null, null, null, Map.of("name", id), Map.of());
    }

    /** One site holding {@code count} resources of one kind, named r0, r1, ... */
    public static Plan manyResources(int count, String kind) {
        List<Resource> resources = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            resources.add(resource("r" + i, kind));
        }
        return of(site("only", SiteRole.PRIMARY, resources.toArray(Resource[]::new)));
    }
}
