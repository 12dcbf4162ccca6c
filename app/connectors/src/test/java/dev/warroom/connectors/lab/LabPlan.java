package dev.warroom.connectors.lab;

import dev.warroom.core.plan.load.LoadedPlan;
import dev.warroom.core.plan.load.PlanLoader;
import dev.warroom.core.plan.model.Plan;
import dev.warroom.core.plan.model.Resource;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** plans/local-lab.yaml from the source tree, its resources pointed at a test lab's ports instead of the standard ones. */
record LabPlan(Plan plan, LabPorts ports) {

    static LabPlan load(LabPorts ports) {
        Path file = Path.of(System.getProperty("warroom.root", "../.."), "plans", "local-lab.yaml");
        LoadedPlan loaded = new PlanLoader().load(file);
        if (loaded.hasErrors()) {
            throw new IllegalStateException(file + " does not load: " + loaded.problems());
        }
        return new LabPlan(loaded.plan().orElseThrow(), ports);
    }

    Resource resource(String id) {
        Resource r = plan.sites().stream().flatMap(s -> s.resources().stream()).filter(x -> x.id().equals(id)).findFirst().orElseThrow();
        Map<Integer, Integer> moved = Map.of(LabPorts.PG_DEFAULT, ports.pgPrimary(), LabPorts.PG_DEFAULT + 1, ports.pgStandby(),
                LabPorts.REDIS_DEFAULT, ports.redisMaster(), LabPorts.REDIS_DEFAULT + 1, ports.redisReplica());
        Map<String, String> observe = new HashMap<>(r.observe());
        observe.computeIfPresent("port", (k, v) -> Integer.toString(moved.getOrDefault(Integer.parseInt(v), Integer.parseInt(v))));
        return new Resource(r.id(), r.kind(), r.title(), r.titleEn(), r.role(), r.replicaOf(), observe, r.details());
    }
}
