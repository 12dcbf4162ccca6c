package dev.warroom.core.plan.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;

/** A region or site and the resources in it. */
public record Site(
        @JsonProperty(required = true) @JsonPropertyDescription("Site id: lowercase kebab-case ASCII (east-us, dr-west); shares a namespace with resource ids.")
        String id,
        @JsonProperty(required = true) @JsonPropertyDescription("Site name as written, e.g. 主站點 (East US).") String title,
        @JsonPropertyDescription("The same in English, where the document writes it in another language; shown beside it in English displays.")
        String titleEn,
        @JsonProperty(required = true) @JsonPropertyDescription("What the site is for in the DR design: primary, dr, standby, cold or shared.")
        SiteRole role,
        @JsonPropertyDescription("azure, aws, gcp, vercel, cloudflare, kubernetes, on-prem, local ...") String provider,
        @JsonPropertyDescription("The provider's region name, e.g. eastus, us-east-1.") String region,
        @JsonPropertyDescription("What runs there, as written.") String purpose,
        @JsonPropertyDescription("The observable things in the site (databases, clusters, DNS records, health endpoints ...), each of a catalogue kind.")
        List<Resource> resources,
        @JsonPropertyDescription("Notes, as written.") List<String> notes) {

    public Site {
        resources = Lists.of(resources);
        notes = Lists.of(notes);
    }
}
