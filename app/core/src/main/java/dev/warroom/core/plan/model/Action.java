package dev.warroom.core.plan.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.Map;

/** What an action step does: a registered action kind applied to a target. */
public record Action(
        @JsonProperty(required = true) @JsonPropertyDescription("Registered action kind, e.g. database.promote, k8s.scale, dns.update.") String kind,
        @JsonPropertyDescription("Resource id (or communication channel id for notify.chat).") String target,
        @JsonPropertyDescription("The action kind's parameters, e.g. {replicas: 3} for k8s.scale or {value: 10.1.2.3, ttl: 60} for dns.update; values may use {{param}}.")
        Map<String, String> params) {

    public Action {
        params = Lists.of(params);
    }
}
