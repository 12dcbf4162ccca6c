package dev.warroom.core.plan.validate;

import dev.warroom.core.plan.load.JsonPointers;
import dev.warroom.core.plan.model.Channel;
import dev.warroom.core.plan.model.Checklist;
import dev.warroom.core.plan.model.DecisionNode;
import dev.warroom.core.plan.model.Drill;
import dev.warroom.core.plan.model.Plan;
import dev.warroom.core.plan.model.Procedure;
import dev.warroom.core.plan.model.Resource;
import dev.warroom.core.plan.model.Role;
import dev.warroom.core.plan.model.Scenario;
import dev.warroom.core.plan.model.Signal;
import dev.warroom.core.plan.model.Site;
import dev.warroom.core.plan.model.Step;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * A plan with every element located by its JSON Pointer and every id namespace resolved, built once
 * and shared by the rules. Where an id is defined twice the first definition wins. Immutable.
 */
final class PlanIndex {

    private final Plan plan;
    private final List<Located<Site>> sites;
    private final List<Located<Resource>> resources = new ArrayList<>();
    private final List<Located<DecisionNode>> nodes;
    private final List<Located<Procedure>> procedures;
    private final List<Located<Step>> steps = new ArrayList<>();
    private final List<Located<Checklist>> checklists;
    private final List<Located<Signal>> signals;
    private final List<Located<Scenario>> scenarios;
    private final List<Located<Drill>> drills;
    private final List<Located<Role>> roles;
    private final List<Located<Channel>> channels;
    private final Map<String, Resource> resourcesById = new LinkedHashMap<>();
    private final Map<String, DecisionNode> nodesById = new LinkedHashMap<>();
    private final Map<String, Procedure> proceduresById = new LinkedHashMap<>();
    private final Map<String, Checklist> checklistsById = new LinkedHashMap<>();
    private final Map<String, List<String>> proceduresByStepId = new LinkedHashMap<>();

    private final Namespace siteIds;
    private final Namespace resourceIds;
    private final Namespace siteOrResourceIds;
    private final Namespace nodeIds;
    private final Namespace procedureIds;
    private final Namespace checklistIds;
    private final Namespace roleIds;
    private final Namespace channelIds;
    private final Namespace signalIds;
    private final Namespace scenarioIds;

    PlanIndex(Plan plan) {
        this.plan = plan;
        sites = locate(plan.sites(), "/sites");
        for (Located<Site> site : sites) {
            resources.addAll(locate(site.value().resources(), site.at("resources")));
        }
        resources.forEach(r -> resourcesById.putIfAbsent(r.value().id(), r.value()));
        List<DecisionNode> treeNodes = plan.decisionTree() == null ? List.of() : plan.decisionTree().nodes();
        nodes = locate(treeNodes, "/decisionTree/nodes");
        nodes.forEach(n -> nodesById.putIfAbsent(n.value().id(), n.value()));
        procedures = locate(plan.procedures(), "/procedures");
        for (Located<Procedure> procedure : procedures) {
            steps.addAll(locate(procedure.value().steps(), procedure.at("steps")));
        }
        procedures.forEach(p -> proceduresById.putIfAbsent(p.value().id(), p.value()));
        for (Located<Procedure> procedure : procedures) {
            procedure.value().steps().stream().map(Step::id).filter(Objects::nonNull).distinct().forEach(step ->
                    proceduresByStepId.computeIfAbsent(step, k -> new ArrayList<>()).add(procedure.value().id()));
        }
        checklists = locate(plan.checklists(), "/checklists");
        checklists.forEach(c -> checklistsById.putIfAbsent(c.value().id(), c.value()));
        signals = locate(plan.signals(), "/signals");
        scenarios = locate(plan.scenarios(), "/scenarios");
        drills = locate(plan.drills(), "/drills");
        roles = locate(plan.roles(), "/roles");
        channels = plan.communication() == null ? List.of() : locate(plan.communication().channels(), "/communication/channels");

        siteIds = namespace("site", sites, Site::id);
        resourceIds = namespace("resource", resources, Resource::id);
        Namespace.Builder both = Namespace.named("site or resource");
        sites.forEach(s -> both.add(s.value().id(), s.pointer()));
        resources.forEach(r -> both.add(r.value().id(), r.pointer()));
        siteOrResourceIds = both.build();
        nodeIds = namespace("node", nodes, DecisionNode::id);
        procedureIds = namespace("procedure", procedures, Procedure::id);
        checklistIds = namespace("checklist", checklists, Checklist::id);
        roleIds = namespace("role", roles, Role::id);
        channelIds = namespace("channel", channels, Channel::id);
        signalIds = namespace("signal", signals, Signal::id);
        scenarioIds = namespace("scenario", scenarios, Scenario::id);
    }

    /** Each item of {@code list} with its pointer {@code listPointer/i}. */
    static <T> List<Located<T>> locate(List<T> list, String listPointer) {
        List<Located<T>> located = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            located.add(new Located<>(list.get(i), JsonPointers.child(listPointer, i)));
        }
        return Collections.unmodifiableList(located);
    }

    private static <T> Namespace namespace(String noun, List<Located<T>> items, Function<T, String> id) {
        Namespace.Builder builder = Namespace.named(noun);
        items.forEach(item -> builder.add(id.apply(item.value()), item.pointer()));
        return builder.build();
    }

    Plan plan() {
        return plan;
    }

    List<Located<Site>> sites() {
        return sites;
    }

    /** Resources of all sites, in document order. */
    List<Located<Resource>> resources() {
        return Collections.unmodifiableList(resources);
    }

    List<Located<DecisionNode>> nodes() {
        return nodes;
    }

    List<Located<Procedure>> procedures() {
        return procedures;
    }

    /** Steps of all procedures, in document order. */
    List<Located<Step>> steps() {
        return Collections.unmodifiableList(steps);
    }

    List<Located<Checklist>> checklists() {
        return checklists;
    }

    List<Located<Signal>> signals() {
        return signals;
    }

    List<Located<Scenario>> scenarios() {
        return scenarios;
    }

    List<Located<Drill>> drills() {
        return drills;
    }

    List<Located<Role>> roles() {
        return roles;
    }

    List<Located<Channel>> channels() {
        return channels;
    }

    Optional<Resource> resource(String id) {
        return Optional.ofNullable(id == null ? null : resourcesById.get(id));
    }

    Optional<DecisionNode> node(String id) {
        return Optional.ofNullable(id == null ? null : nodesById.get(id));
    }

    Optional<Procedure> procedure(String id) {
        return Optional.ofNullable(id == null ? null : proceduresById.get(id));
    }

    /** The ids of the procedures that have a step {@code stepId}, in document order (step ids are unique per procedure only). */
    List<String> proceduresWithStep(String stepId) {
        return Collections.unmodifiableList(proceduresByStepId.getOrDefault(stepId, List.of()));
    }

    /** Every step id of every procedure. */
    Set<String> stepIds() {
        return Collections.unmodifiableSet(proceduresByStepId.keySet());
    }

    Optional<Checklist> checklist(String id) {
        return Optional.ofNullable(id == null ? null : checklistsById.get(id));
    }

    Namespace siteIds() {
        return siteIds;
    }

    Namespace resourceIds() {
        return resourceIds;
    }

    Namespace siteOrResourceIds() {
        return siteOrResourceIds;
    }

    Namespace nodeIds() {
        return nodeIds;
    }

    Namespace procedureIds() {
        return procedureIds;
    }

    Namespace checklistIds() {
        return checklistIds;
    }

    Namespace roleIds() {
        return roleIds;
    }

    Namespace channelIds() {
        return channelIds;
    }

    Namespace signalIds() {
        return signalIds;
    }

    Namespace scenarioIds() {
        return scenarioIds;
    }
}
