package dev.warroom.console.room.board;

import java.util.Map;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** An icon per resource kind, alike for alike: every database kind shares one, every DNS kind another. */
final class KindIcons {

    private static final Map<String, Ikon> BY_KIND = Map.ofEntries(
            Map.entry("azure-postgres-flexible", Material2MZ.STORAGE),
            Map.entry("aws-rds", Material2MZ.STORAGE),
            Map.entry("postgres", Material2MZ.STORAGE),
            Map.entry("azure-redis", Material2MZ.MEMORY),
            Map.entry("aws-elasticache", Material2MZ.MEMORY),
            Map.entry("redis", Material2MZ.MEMORY),
            Map.entry("aks-cluster", Material2AL.DEVICE_HUB),
            Map.entry("eks-cluster", Material2AL.DEVICE_HUB),
            Map.entry("k8s-cluster", Material2AL.DEVICE_HUB),
            Map.entry("k8s-deployment", Material2AL.LAYERS),
            Map.entry("azure-dns-record", Material2AL.DNS),
            Map.entry("route53-record", Material2AL.DNS),
            Map.entry("dns-record", Material2AL.DNS),
            Map.entry("front-door", Material2AL.ALT_ROUTE),
            Map.entry("traffic-manager", Material2AL.ALT_ROUTE),
            Map.entry("cdn", Material2MZ.PUBLIC),
            Map.entry("route53-arc-control", Material2MZ.TOGGLE_ON),
            Map.entry("http-health", Material2AL.FAVORITE_BORDER),
            Map.entry("azure-service-health", Material2AL.ANNOUNCEMENT),
            Map.entry("aws-health", Material2AL.ANNOUNCEMENT),
            Map.entry("route53-health-check", Material2AL.FAVORITE_BORDER),
            Map.entry("azure-blob-storage", Material2AL.ARCHIVE),
            Map.entry("aws-s3", Material2AL.ARCHIVE),
            Map.entry("object-storage", Material2AL.ARCHIVE),
            Map.entry("message-queue", Material2MZ.QUEUE),
            Map.entry("serverless-deployment", Material2AL.FLASH_ON),
            Map.entry("aws-lambda", Material2AL.FLASH_ON),
            Map.entry("vm", Material2AL.COMPUTER),
            Map.entry("external-service", Material2AL.LINK));

    private KindIcons() {
    }

    static Ikon of(String kind) {
        return BY_KIND.getOrDefault(kind, Material2AL.HELP_OUTLINE);
    }
}
