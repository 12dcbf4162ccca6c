package dev.warroom.connectors.azure.redis;

import com.azure.resourcemanager.redis.fluent.models.RedisLinkedServerWithPropertiesInner;
import com.azure.resourcemanager.redis.models.ReplicationRole;
import dev.warroom.connectors.azure.AzureWords;
import java.util.Locale;

/**
 * A cache's geo-replication link as Azure lists it on that cache: the OTHER cache, its role, and
 * the link's provisioning state. A link to a Secondary means this cache is the primary, and the reverse.
 */
record RedisLink(String otherId, String otherName, String otherLocation, boolean otherIsPrimary, String state) {

    static RedisLink of(RedisLinkedServerWithPropertiesInner link) {
        String id = link.linkedRedisCacheId() == null ? "" : link.linkedRedisCacheId();
        return new RedisLink(id, id.isEmpty() ? link.name() : AzureWords.lastSegment(id),
                link.linkedRedisCacheLocation() == null ? "" : link.linkedRedisCacheLocation(),
                link.serverRole() == ReplicationRole.PRIMARY, link.provisioningState() == null ? "Succeeded" : link.provisioningState());
    }

    /** {@code up (secondary of ai-workflow-redis-prod, East US)}, or the state when the link is changing. */
    String words() {
        String relation = (otherIsPrimary ? "secondary of " : "primary of ") + otherName + (otherLocation.isEmpty() ? "" : ", " + otherLocation);
        String s = state.toLowerCase(Locale.ROOT);
        return (s.equals("succeeded") ? "up" : s) + " (" + relation + ")";
    }
}
