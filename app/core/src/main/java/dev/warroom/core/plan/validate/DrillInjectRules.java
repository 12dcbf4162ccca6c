package dev.warroom.core.plan.validate;

import dev.warroom.core.plan.model.Drill;
import dev.warroom.core.plan.model.DrillInject;
import dev.warroom.core.text.SafeText;
import java.util.List;
import java.util.Locale;

/**
 * Each inject of a drill's events list comes due one way (a time or an event), says or changes
 * something, and changes only what exists. What its trigger names is checked by {@link InjectTriggerRules}.
 */
final class DrillInjectRules implements PlanRule {

    @Override
    public void check(PlanIndex index, List<Finding> findings) {
        for (Located<Drill> drill : index.drills()) {
            for (Located<DrillInject> inject : PlanIndex.locate(drill.value().injects(), drill.at("injects"))) {
                String name = "inject '" + SafeText.forId(inject.value().id()) + "' of drill '" + SafeText.forId(drill.value().id()) + "'";
                timing(inject, name, findings);
                content(inject, name, findings);
                worldChange(index, inject, name, findings);
            }
        }
    }

    private static void timing(Located<DrillInject> inject, String name, List<Finding> findings) {
        DrillInject value = inject.value();
        if (value.at() == null && value.on() == null) {
            findings.add(Finding.error(inject.pointer(), name + " has neither 'at' nor 'on': say when it comes due,"
                    + " a time after the drill starts (at: 10m) or the event that triggers it (on: {event: answered, node: ...})"));
        } else if (value.at() != null && value.on() != null) {
            findings.add(Finding.error(inject.at("on"), name + " has both 'at' and 'on': give one, a time after the drill"
                    + " starts or the event that triggers it").atKey());
        }
        if (value.after() != null && value.on() == null) {
            findings.add(Finding.error(inject.at("after"), "'after' is a delay after a trigger, and " + name
                    + " has no 'on': put the whole time into 'at'").atKey());
        }
    }

    private static void content(Located<DrillInject> inject, String name, List<Finding> findings) {
        DrillInject value = inject.value();
        boolean says = value.message() != null && !value.message().isBlank();
        if (!says && value.fault() == null) {
            findings.add(Finding.error(inject.pointer(), name + " neither says nor changes anything: give the 'message'"
                    + " the facilitator reads out, a 'fault' that changes the world, or both"));
        }
        if (!says && value.messageEn() != null) {
            findings.add(Finding.error(inject.at("messageEn"), name + " has 'messageEn' but no 'message': write the message"
                    + " in the plan's own language in 'message', and its English beside it").atKey());
        }
    }

    private static void worldChange(PlanIndex index, Located<DrillInject> inject, String name, List<Finding> findings) {
        DrillInject value = inject.value();
        if (value.fault() == null) {
            onlyWithFault(inject, "target", value.target(), name, findings);
            onlyWithFault(inject, "value", value.value(), name, findings);
            onlyWithFault(inject, "lasting", value.lasting(), name, findings);
            return;
        }
        if (value.target() == null || value.target().isBlank()) {
            findings.add(Finding.error(inject.at("fault"), name + " has a " + kebab(value.fault())
                    + " fault but no 'target': name the site or resource it hits"));
        }
        FaultChecks.target(index, value.target(), inject.at("target"), findings);
        FaultChecks.value(value.fault(), value.value(), inject.at("value"), findings);
    }

    private static void onlyWithFault(Located<DrillInject> inject, String property, Object given, String name,
            List<Finding> findings) {
        if (given != null) {
            findings.add(Finding.error(inject.at(property), "'" + property + "' belongs to a change of the world, and "
                    + name + " has no 'fault': add the fault (e.g. fault: resource-down) or remove '" + property + "'").atKey());
        }
    }

    static String kebab(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
