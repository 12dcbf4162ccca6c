package dev.warroom.core.plan.load;

/**
 * Bounds that keep hostile input (huge files, deep nesting, alias bombs) from exhausting time or memory.
 * Real plans are a few hundred kilobytes and a dozen levels deep.
 */
public record LoadLimits(long maxBytes, int maxDepth, int maxAliases, int maxNodes) {

    public static final LoadLimits DEFAULT = new LoadLimits(4L * 1024 * 1024, 64, 100, 200_000);
}
