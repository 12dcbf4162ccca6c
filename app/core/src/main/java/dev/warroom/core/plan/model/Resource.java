package dev.warroom.core.plan.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.Map;

/** One observable thing in a site: a database, a cluster, a DNS record, a health endpoint. */
public record Resource(
        @JsonProperty(required = true) @JsonPropertyDescription("Resource id: lowercase kebab-case ASCII (db-east, api-health); shares a namespace with site ids; steps, signals and verifications name it.")
        String id,
        @JsonProperty(required = true) @JsonPropertyDescription("Resource kind, e.g. azure-postgres-flexible, aws-rds, k8s-deployment.") String kind,
        @JsonProperty(required = true) @JsonPropertyDescription("Name as written, e.g. the server name the document uses.") String title,
        @JsonPropertyDescription("The same in English, where the document writes it in another language; shown beside it in English displays.")
        String titleEn,
        @JsonPropertyDescription("The resource's replication role in the design.") ResourceRole role,
        @JsonPropertyDescription("Id of the resource this one replicates from.") String replicaOf,
        @JsonPropertyDescription("How to observe it: names, resource groups, regions, kube contexts, profiles. Never secrets.")
        Map<String, String> observe,
        @JsonPropertyDescription("Descriptive specification from the document (tier, size, replicas, ttl ...).")
        Map<String, String> details,
        @JsonPropertyDescription("true when a fact of this resource (a name, a region, a replica) is the plan author's, not the source document's; say which in note or details.") Boolean derived) {

    public Resource {
        observe = Lists.of(observe);
        details = Lists.of(details);
    }

    /** Whether the plan author added this beyond the source document. */
    public boolean isDerived() {
        return Boolean.TRUE.equals(derived);
    }

    /** Without {@code derived}: taken from the source document. */
    public Resource(String id, String kind, String title, String titleEn, ResourceRole role, String replicaOf, Map<String, String> observe, Map<String, String> details) {
        this(id, kind, title, titleEn, role, replicaOf, observe, details, null);
    }
}
