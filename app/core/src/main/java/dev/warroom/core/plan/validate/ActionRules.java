package dev.warroom.core.plan.validate;

import dev.warroom.core.plan.catalog.ActionKind;
import dev.warroom.core.plan.catalog.ActionKinds;
import dev.warroom.core.plan.catalog.ParamBound;
import dev.warroom.core.plan.load.DidYouMean;
import dev.warroom.core.plan.model.Action;
import dev.warroom.core.plan.model.Resource;
import dev.warroom.core.time.DurationText;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * An action (of a step or a rollback) has a known kind, a target that kind accepts, and the params
 * it needs. Used by {@link StepRules}.
 */
final class ActionRules {

    private static final String DNS_UPDATE = "dns.update";
    private static final Pattern IPV4 = Pattern.compile("(25[0-5]|2[0-4]\\d|1?\\d?\\d)(\\.(25[0-5]|2[0-4]\\d|1?\\d?\\d)){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    private ActionRules() {
    }

    /** Checks {@code action}; returns its kind when the kind is known. */
    static Optional<ActionKind> check(PlanIndex index, Located<Action> action, List<Finding> findings) {
        String name = action.value().kind();
        Optional<ActionKind> kind = ActionKinds.find(name);
        if (kind.isEmpty()) {
            if (name != null) {
                List<String> known = ActionKinds.all().stream().map(ActionKind::name).toList();
                findings.add(Finding.error(action.at("kind"), "unknown action kind '" + name + "'" + DidYouMean.nearest(name, known, 3)));
            }
            return kind;
        }
        checkTarget(index, kind.get(), action, findings);
        checkParams(kind.get(), action, findings);
        if (kind.get().name().equals(DNS_UPDATE)) {
            checkDnsValue(index, action, findings);
        }
        return kind;
    }

    private static void checkTarget(PlanIndex index, ActionKind kind, Located<Action> action, List<Finding> findings) {
        String target = action.value().target();
        if (!kind.needsTarget()) {
            if (target != null) {
                findings.add(Finding.warning(action.at("target"), kind.name() + " takes no target; '" + target + "' is ignored"));
            }
            return;
        }
        if (kind.targetsChannel()) {
            if (target == null) {
                findings.add(Finding.error(action.pointer(), kind.name() + " needs a target: a communication channel id"));
            } else if (index.resourceIds().contains(target)) {
                findings.add(Finding.error(action.at("target"), kind.name() + " targets a communication channel, and '" + target
                        + "' is a resource"));
            } else if (!index.channelIds().contains(target)) {
                findings.add(Finding.error(action.at("target"), index.channelIds().unknown(target)));
            }
            return;
        }
        String accepted = String.join(", ", new TreeSet<>(kind.targetKinds()));
        if (target == null) {
            findings.add(Finding.error(action.pointer(), kind.name() + " needs a target: a resource of kind " + accepted));
            return;
        }
        Optional<Resource> resource = index.resource(target);
        if (resource.isEmpty()) {
            findings.add(Finding.error(action.at("target"), index.resourceIds().unknown(target)));
            return;
        }
        String resourceKind = resource.get().kind();
        if (resourceKind != null && !kind.targetKinds().contains(resourceKind)) {
            findings.add(Finding.error(action.at("target"), kind.name() + " cannot target '" + target + "', a " + resourceKind
                    + " (it targets " + accepted + ")"));
        }
    }

    /**
     * An A record takes IPv4 addresses and an AAAA record IPv6 ones: a host name there runs on the
     * simulated world, but a real Azure DNS or Route 53 refuses the update, mid-failover.
     */
    private static void checkDnsValue(PlanIndex index, Located<Action> action, List<Finding> findings) {
        String value = action.value().params().get("value");
        String type = Optional.ofNullable(action.value().params().get("type"))
                .or(() -> index.resource(action.value().target()).map(r -> r.observe().get("type"))).orElse("");
        Pattern address = switch (type.strip().toUpperCase(java.util.Locale.ROOT)) {
            case "A" -> IPV4;
            case "AAAA" -> IPV6;
            default -> null;
        };
        if (value == null || address == null) {
            return;
        }
        for (String one : value.split(",")) {
            if (!address.matcher(one.strip()).matches()) {
                findings.add(Finding.warning(action.at("params", "value"), "an " + type.strip().toUpperCase(java.util.Locale.ROOT)
                        + " record holds " + (address == IPV4 ? "IPv4" : "IPv6") + " addresses, and '" + one.strip()
                        + "' is not one: the simulated world takes it, but a real Azure DNS or Route 53 refuses the update"
                        + " (write the address, or use a CNAME record)"));
                return;
            }
        }
    }

    private static void checkParams(ActionKind kind, Located<Action> action, List<Finding> findings) {
        Map<String, String> params = action.value().params();
        String paramsPointer = action.at("params");
        for (String required : kind.requiredParams()) {
            if (!params.containsKey(required)) {
                findings.add(Finding.error(paramsPointer, kind.name() + " needs param '" + required + "'"));
            }
        }
        List<String> allowed = new ArrayList<>(kind.requiredParams());
        allowed.addAll(new TreeSet<>(kind.optionalParams()));
        for (Map.Entry<String, String> param : params.entrySet()) {
            String key = param.getKey();
            String pointer = action.at("params", key);
            if (!kind.allowsParam(key)) {
                if (!SecretPatterns.namesSecret(key)) {
                    findings.add(Finding.warning(pointer, "unknown param '" + key + "' for " + kind.name()
                            + DidYouMean.hint(key, allowed)).atKey());
                }
                continue;
            }
            String value = param.getValue();
            ParamBound.of(key).ifPresent(bound -> checkBound(bound, kind, value, pointer, findings));
        }
    }

    private static void checkBound(ParamBound bound, ActionKind kind, String value, String pointer, List<Finding> findings) {
        String name = "param '" + bound.param() + "' of " + kind.name();
        if (bound.duration()) {
            Optional<Duration> duration = DurationText.parse(value == null ? null : value.strip());
            if (duration.isEmpty()) {
                findings.add(Finding.error(pointer, name + ": " + DurationText.explain(value)));
            } else if (duration.get().compareTo(bound.longest()) > 0) {
                findings.add(Finding.error(pointer, name + " is " + value.strip() + ", longer than the bound of "
                        + DurationText.format(bound.longest()) + " (" + bound.why() + ")"));
            }
            return;
        }
        String number = value == null ? "" : value.strip();
        if (!number.matches("[0-9]{1,18}")) {
            findings.add(Finding.error(pointer, name + " must be a whole number, found '" + value + "'"));
        } else if (Long.parseLong(number) < bound.min() || Long.parseLong(number) > bound.max()) {
            findings.add(Finding.error(pointer, name + " is " + number + ", outside the bound of " + bound.min() + " to " + bound.max()
                    + " (" + bound.why() + ")"));
        }
    }
}
