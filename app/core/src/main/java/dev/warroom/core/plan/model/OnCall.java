package dev.warroom.core.plan.model;

/** The on-call rota. */
public record OnCall(String rotation, String coverage, String primary, String secondary, String escalation) {
}
