package dev.warroom.report;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;

/**
 * The renderer for each format: every {@link ReportRenderer} listed in
 * {@code META-INF/services/dev.warroom.report.ReportRenderer}, found once through {@link ServiceLoader}
 * (so this package names none of the renderers' packages). A renderer that needs a choice made (the CSV
 * table) gives its default here; construct it directly for another.
 */
public final class Renderers {

    private static final Map<ReportFormat, ReportRenderer> BY_FORMAT = load();

    private Renderers() {
    }

    public static Optional<ReportRenderer> of(ReportFormat format) {
        return Optional.ofNullable(BY_FORMAT.get(format));
    }

    /** The formats a renderer is installed for. */
    public static Set<ReportFormat> available() {
        return Set.copyOf(BY_FORMAT.keySet());
    }

    private static Map<ReportFormat, ReportRenderer> load() {
        Map<ReportFormat, ReportRenderer> renderers = new EnumMap<>(ReportFormat.class);
        for (ReportRenderer renderer : ServiceLoader.load(ReportRenderer.class, Renderers.class.getClassLoader())) {
            renderers.putIfAbsent(renderer.format(), renderer);
        }
        return renderers;
    }
}
