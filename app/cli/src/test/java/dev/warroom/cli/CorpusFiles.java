package dev.warroom.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The core's plan fixtures, read from the source tree (warroom.root), and the problems each declares. */
final class CorpusFiles {

    private static final String EXPECT = "# expect: ";

    private CorpusFiles() {
    }

    static Path plans() {
        return Path.of(System.getProperty("warroom.root", "../.."), "app", "core", "src", "test", "resources", "plans");
    }

    static Path minimal() {
        return plans().resolve("valid").resolve("minimal.yaml");
    }

    static Path broken(String name) {
        return plans().resolve("broken").resolve(name + ".yaml");
    }

    static List<Path> allBroken() {
        try (Stream<Path> files = Files.list(plans().resolve("broken"))) {
            return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The problem lines the CLI must print for {@code file}: {@code FILE:LINE:COLUMN: SEVERITY: MESSAGE}. */
    static List<String> expectedLines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                    .takeWhile(line -> line.startsWith(EXPECT))
                    .map(line -> line.substring(EXPECT.length()))
                    .map(expect -> file + ":" + expect.replaceFirst(" ", ": "))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
