package dev.warroom.core.plan.validate;

import dev.warroom.core.plan.catalog.ActionKind;
import dev.warroom.core.plan.catalog.ActionKinds;
import dev.warroom.core.plan.model.Action;
import dev.warroom.core.plan.model.Answer;
import dev.warroom.core.plan.model.Checklist;
import dev.warroom.core.plan.model.ChecklistItem;
import dev.warroom.core.plan.model.DecisionNode;
import dev.warroom.core.plan.model.Drill;
import dev.warroom.core.plan.model.DrillInject;
import dev.warroom.core.plan.model.EscalationLevel;
import dev.warroom.core.plan.model.ExternalNotice;
import dev.warroom.core.plan.model.Fault;
import dev.warroom.core.plan.model.InjectTrigger;
import dev.warroom.core.plan.model.Plan;
import dev.warroom.core.plan.model.Procedure;
import dev.warroom.core.plan.model.Resource;
import dev.warroom.core.plan.model.Scenario;
import dev.warroom.core.plan.model.Signal;
import dev.warroom.core.plan.model.Site;
import dev.warroom.core.plan.model.Step;
import dev.warroom.core.plan.model.Suggestion;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The ids of a valid plan that something refers to, with the pointer of their definition: renaming
 * any of them must leave a reference dangling. Written independently of the rules under test.
 */
final class ReferencedIds {

    /** An id definition: the pointer of its {@code id} value. */
    record Definition(String namespace, String id, String pointer) {
    }

    private ReferencedIds() {
    }

    static List<Definition> of(Plan plan) {
        Map<String, Set<String>> referenced = references(plan);
        List<Definition> all = definitions(plan);
        Map<String, Integer> counts = new HashMap<>();
        all.forEach(d -> counts.merge(d.namespace() + "\u0000" + d.id(), 1, Integer::sum));
        return all.stream()
                .filter(d -> referenced.getOrDefault(d.namespace(), Set.of()).contains(d.id()))
                .filter(d -> counts.get(d.namespace() + "\u0000" + d.id()) == 1)
                .toList();
    }

    private static List<Definition> definitions(Plan plan) {
        List<Definition> out = new ArrayList<>();
        for (int s = 0; s < plan.sites().size(); s++) {
            Site site = plan.sites().get(s);
            out.add(new Definition("placed", site.id(), "/sites/" + s + "/id"));
            for (int r = 0; r < site.resources().size(); r++) {
                out.add(new Definition("placed", site.resources().get(r).id(), "/sites/" + s + "/resources/" + r + "/id"));
            }
        }
        List<DecisionNode> nodes = plan.decisionTree().nodes();
        for (int n = 0; n < nodes.size(); n++) {
            out.add(new Definition("node", nodes.get(n).id(), "/decisionTree/nodes/" + n + "/id"));
            List<Answer> answers = nodes.get(n).answers();
            for (int a = 0; a < answers.size(); a++) {
                out.add(new Definition("answer of " + n, answers.get(a).id(), "/decisionTree/nodes/" + n + "/answers/" + a + "/id"));
            }
        }
        addAll(out, "procedure", plan.procedures().stream().map(Procedure::id).toList(), "/procedures/");
        addAll(out, "role", plan.roles().stream().map(r -> r.id()).toList(), "/roles/");
        addAll(out, "signal", plan.signals().stream().map(Signal::id).toList(), "/signals/");
        addAll(out, "scenario", plan.scenarios().stream().map(Scenario::id).toList(), "/scenarios/");
        if (plan.communication() != null) {
            addAll(out, "channel", plan.communication().channels().stream().map(c -> c.id()).toList(), "/communication/channels/");
        }
        return out;
    }

    private static void addAll(List<Definition> out, String namespace, List<String> ids, String listPointer) {
        for (int i = 0; i < ids.size(); i++) {
            out.add(new Definition(namespace, ids.get(i), listPointer + i + "/id"));
        }
    }

    private static Map<String, Set<String>> references(Plan plan) {
        Map<String, Set<String>> refs = new HashMap<>();
        refs.computeIfAbsent("node", k -> new HashSet<>()).add(plan.decisionTree().start());
        List<DecisionNode> nodes = plan.decisionTree().nodes();
        for (int n = 0; n < nodes.size(); n++) {
            DecisionNode node = nodes.get(n);
            add(refs, "node", node.next());
            node.answers().forEach(a -> add(refs, "node", a.next()));
            add(refs, "procedure", node.procedure());
            for (Suggestion suggestion : node.suggestions()) {
                add(refs, "signal", suggestion.signal());
                add(refs, "answer of " + n, suggestion.answer());
            }
        }
        for (Scenario scenario : plan.scenarios()) {
            add(refs, "node", scenario.entry());
            scenario.faults().forEach(f -> add(refs, "placed", f.target()));
        }
        for (Procedure procedure : plan.procedures()) {
            for (Step step : procedure.steps()) {
                add(refs, "role", step.role());
                addTarget(refs, step.action());
                if (step.verify() != null) {
                    add(refs, "placed", step.verify().resource());
                }
                if (step.rollback() != null) {
                    addTarget(refs, step.rollback().action());
                }
            }
        }
        for (Checklist checklist : plan.checklists()) {
            checklist.items().stream().map(ChecklistItem::role).forEach(r -> add(refs, "role", r));
        }
        if (plan.escalation() != null) {
            plan.escalation().path().stream().map(EscalationLevel::role).forEach(r -> add(refs, "role", r));
        }
        for (Signal signal : plan.signals()) {
            signal.resources().forEach(r -> add(refs, "placed", r));
            add(refs, "placed", signal.site());
        }
        for (Drill drill : plan.drills()) {
            add(refs, "scenario", drill.scenario());
            for (DrillInject inject : drill.injects()) {
                add(refs, "placed", inject.target());
                addTrigger(refs, inject.on(), nodes);
            }
        }
        plan.sites().stream().flatMap(s -> s.resources().stream()).map(Resource::replicaOf).forEach(r -> add(refs, "placed", r));
        if (plan.communication() != null) {
            if (plan.communication().updates() != null) {
                plan.communication().updates().channels().forEach(c -> add(refs, "channel", c));
            }
            plan.communication().external().stream().map(ExternalNotice::channels).flatMap(List::stream)
                    .forEach(c -> add(refs, "channel", c));
        }
        return refs;
    }

    private static void addTrigger(Map<String, Set<String>> refs, InjectTrigger on, List<DecisionNode> nodes) {
        if (on == null) {
            return;
        }
        add(refs, "node", on.node());
        add(refs, "procedure", on.procedure());
        add(refs, "signal", on.signal());
        for (int n = 0; n < nodes.size(); n++) {
            if (nodes.get(n).id().equals(on.node())) {
                add(refs, "answer of " + n, on.answer());
            }
        }
    }

    private static void addTarget(Map<String, Set<String>> refs, Action action) {
        boolean targeted = action != null && ActionKinds.find(action.kind()).map(ActionKind::needsTarget).orElse(false);
        if (targeted) {
            add(refs, "notify.chat".equals(action.kind()) ? "channel" : "placed", action.target());
        }
    }

    private static void add(Map<String, Set<String>> refs, String namespace, String id) {
        if (id != null) {
            refs.computeIfAbsent(namespace, k -> new HashSet<>()).add(id);
        }
    }
}
