package dev.warroom.core.plan.model;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.time.Duration;

/**
 * One entry of a drill's events list: a message the facilitator reads out to the team, a change to
 * the world, or both. It comes due at a time after the drill starts ({@code at}), or when an incident
 * event happens ({@code on}, optionally {@code after} a delay); a triggered inject fires once.
 */
public record DrillInject(
        @JsonPropertyDescription("Id, unique within the drill; inject-N (its position) if absent.") String id,
        @JsonPropertyDescription("When it is due, after the drill starts. Give either at or on.") Duration at,
        @JsonPropertyDescription("The incident event that makes it due. Give either at or on.") InjectTrigger on,
        @JsonPropertyDescription("Delay after the trigger before it is due; at once if absent.") Duration after,
        @JsonPropertyDescription("What the facilitator reads out to the team, as written.") String message,
        @JsonPropertyDescription("The message in English, where it is written in another language.") String messageEn,
        @JsonPropertyDescription("The change to the world, if any.") FaultKind fault,
        @JsonPropertyDescription("Site id or resource id the change applies to; required with fault.") String target,
        @JsonPropertyDescription("Size of the change where it has one, e.g. a lag of 90s.") String value,
        @JsonPropertyDescription("How long the change lasts; until the end if absent.") Duration lasting,
        @JsonPropertyDescription("The action the team is expected to take.") String expect,
        @JsonPropertyDescription("The facilitator's own note; never shown to the team.") String note,
        @JsonPropertyDescription("true when the plan author added this inject beyond the source document; shown as derived in every language.") Boolean derived) {

    /** The same inject under another id (ids are filled by position when the plan leaves them out). */
    public DrillInject withId(String newId) {
        return new DrillInject(newId, at, on, after, message, messageEn, fault, target, value, lasting, expect, note, derived);
    }

    /** The world change this inject makes, as a fault from now, if it makes one. */
    public java.util.Optional<Fault> worldChange() {
        return fault == null ? java.util.Optional.empty()
                : java.util.Optional.of(new Fault(Duration.ZERO, fault, target, lasting, value, message != null ? message : note));
    }

    public boolean triggered() {
        return on != null;
    }

    /** Whether the plan author added this beyond the source document. */
    public boolean isDerived() {
        return Boolean.TRUE.equals(derived);
    }

    /** Without {@code derived}: taken from the source document. */
    public DrillInject(String id, Duration at, InjectTrigger on, Duration after, String message, String messageEn, FaultKind fault, String target, String value, Duration lasting, String expect, String note) {
        this(id, at, on, after, message, messageEn, fault, target, value, lasting, expect, note, null);
    }
}
