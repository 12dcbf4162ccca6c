package dev.warroom.console.room.procedure;

import dev.warroom.console.i18n.Messages;
import dev.warroom.console.room.model.RoomClock;
import dev.warroom.console.room.model.RoomContext;
import dev.warroom.core.incident.Established;
import dev.warroom.core.incident.Incident;
import dev.warroom.core.incident.StepRun;
import dev.warroom.core.incident.StepStatus;
import dev.warroom.core.plan.model.Plan;
import dev.warroom.core.plan.model.Role;
import dev.warroom.core.text.SafeText;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Steps, times and roles in the commander's language. */
final class StepWords {


    private final Messages messages;
    private final Plan plan;

    StepWords(Messages messages, Plan plan) {
        this.messages = messages;
        this.plan = plan;
    }

    String status(StepStatus status) {
        return messages.get("procedure.status." + ProcedureStyles.word(status));
    }

    /** A done step says how it was established: a step nobody checked is "done — not verified", never plain "done". */
    String status(StepRun run) {
        if (run.status() != StepStatus.SUCCEEDED) {
            return status(run.status());
        }
        if (run.unverified()) {
            return messages.get("procedure.status.done-unverified");
        }
        return run.evidence().filter(e -> e.how() == Established.CONFIRMED)
                .map(e -> messages.get("procedure.status.done-confirmed", SafeText.forDisplay(e.by()))).orElse(status(run.status()));
    }

    /** What a row shows beside the step: its status and, where it has them, when it finished and how long it took. */
    String when(StepRun run, Instant now) {
        String status = status(run);
        Optional<Instant> started = run.startedAt();
        return switch (run.status()) {
            case SUCCEEDED, FAILED, ROLLED_BACK -> run.finishedAt().map(end -> messages.get("procedure.when.finished", status,
                    RoomClock.of(end), messages.duration(Duration.between(started.orElse(end), end)))).orElse(status);
            case RUNNING -> started.filter(s -> now != null).map(s -> messages.get("procedure.when.running", status,
                    messages.duration(Duration.between(s, now)))).orElse(status);
            case CONFIRMED -> run.confirmedBy().map(by -> messages.get("procedure.when.confirmed", status, by)).orElse(status);
            case PENDING -> "";
            case SKIPPED -> run.detail().startsWith(Incident.CONDITION_NOT_MET)
                    ? messages.get("procedure.when.not-applicable", SafeText.forDisplay(
                            RoomContext.recordedIn(messages).judgement(run.detail().substring(Incident.CONDITION_NOT_MET.length()))))
                    : status;
            default -> status;
        };
    }

    /** A parameter value the step uses, and where it comes from, for the dry run. */
    String value(dev.warroom.core.incident.StepProposal.ShownValue value) {
        return messages.get("procedure.value", value.title() == null ? value.parameter() : value.title() + " ({{" + value.parameter() + "}})",
                value.value().orElse(messages.get("procedure.value.missing")),
                messages.get(sourceKey(value.source())));
    }

    private static String sourceKey(String source) {
        return switch (source) {
            case "default" -> "procedure.value.source.default";
            case "reading" -> "procedure.value.source.reading";
            case "reading now" -> "procedure.value.source.reading-now";
            case "missing" -> "procedure.value.source.missing";
            default -> "procedure.value.source.asked";
        };
    }

    /** A role as the plan names it: its title, the English beside it, and who holds it. */
    String role(String roleId) {
        if (roleId == null) {
            return "";
        }
        return plan.roles().stream().filter(r -> r.id().equals(roleId)).findFirst().map(StepWords::describe).orElse(roleId);
    }

    private static String describe(Role role) {
        return role.title() + (role.titleEn() == null ? "" : " · " + role.titleEn()) + (role.holder() == null ? "" : " (" + role.holder() + ")");
    }

}
