package dev.warroom.connectors.aws;

import dev.warroom.core.plan.model.Resource;
import dev.warroom.core.world.Footprint.AccountKind;
import dev.warroom.core.world.Footprint;

/**
 * What the AWS probes and actions connect to: the account of the resource's profile (observe.profile,
 * else AWS_PROFILE, else the default profile), through the configured endpoint when there is one
 * (a stand-in), else the real regional endpoints.
 */
final class AwsFootprint {

    private AwsFootprint() {
    }

    static Footprint of(AwsSettings settings, Resource resource) {
        String profile = AwsScope.optional(resource, "profile").or(settings::defaultProfile).orElse("default");
        Footprint through = settings.endpoint().map(uri -> Footprint.url(uri.toString())).orElse(Footprint.none());
        return through.withAccount(AccountKind.AWS_PROFILE, profile);
    }
}
