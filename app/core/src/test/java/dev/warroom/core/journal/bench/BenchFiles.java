package dev.warroom.core.journal.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Where benchmarks put their journals: on the real disk (target/jmh/journals by default, or
 * {@code -Dwarroom.bench.dir=...}), never on a tmpfs where fsync costs nothing.
 */
final class BenchFiles {

    private BenchFiles() {
    }

    static Path freshDirectory(String name) throws IOException {
        Path root = Path.of(System.getProperty("warroom.bench.dir", "target/jmh/journals"));
        Files.createDirectories(root);
        return Files.createTempDirectory(root, name + "-");
    }

    static void delete(Path directory) throws IOException {
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
