package dev.warroom.core.plan.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;

/** A region or site and the resources in it. */
public record Site(
        @JsonProperty(required = true) String id,
        @JsonProperty(required = true) String title,
        String titleEn,
        @JsonProperty(required = true) SiteRole role,
        @JsonPropertyDescription("azure, aws, gcp, vercel, cloudflare, kubernetes, on-prem, local ...") String provider,
        @JsonPropertyDescription("The provider's region name, e.g. eastus, us-east-1.") String region,
        String purpose,
        List<Resource> resources,
        List<String> notes) {

    public Site {
        resources = Lists.of(resources);
        notes = Lists.of(notes);
    }
}
