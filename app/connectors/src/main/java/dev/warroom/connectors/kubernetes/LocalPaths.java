package dev.warroom.connectors.kubernetes;

import dev.warroom.connectors.ConnectorSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns a path a plan names (a manifest, a kubeconfig) into a file on this machine: {@code ~} is the
 * home directory; a relative path is looked up beside the plan ({@value #PLAN_DIR}) and then in the
 * working directory.
 */
final class LocalPaths {

    static final String PLAN_DIR = dev.warroom.connectors.ConnectorSettings.PLAN_DIR;

    private final ConnectorSettings settings;

    LocalPaths(ConnectorSettings settings) {
        this.settings = settings;
    }

    /** The first existing candidate, else the path as the plan's directory would hold it. */
    Path resolve(String written) {
        List<Path> candidates = candidates(written);
        return candidates.stream().filter(Files::exists).findFirst().orElse(candidates.get(0));
    }

    /** Where {@code written} is looked for, in order, for a message when none exists. */
    List<Path> candidates(String written) {
        Path path = Path.of(expandHome(written.strip()));
        if (path.isAbsolute()) {
            return List.of(path.normalize());
        }
        List<Path> out = new ArrayList<>();
        planDirectory().ifPresent(dir -> out.add(dir.resolve(path).normalize()));
        out.add(Path.of("").toAbsolutePath().resolve(path).normalize());
        return out.stream().distinct().toList();
    }

    private Optional<Path> planDirectory() {
        return settings.get(PLAN_DIR).map(dir -> Path.of(expandHome(dir)));
    }

    static String expandHome(String path) {
        if (path.equals("~") || path.startsWith("~/")) {
            return System.getProperty("user.home") + path.substring(1);
        }
        return path;
    }
}
