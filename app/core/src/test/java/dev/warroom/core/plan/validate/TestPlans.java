package dev.warroom.core.plan.validate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The plan files tests read: the fixtures under src/test/resources/plans and the real plans in plans/. */
public final class TestPlans {

    private TestPlans() {
    }

    /** The valid fixture: passes with no errors and no warnings. */
    public static Path minimal() {
        return resource("plans/valid/minimal.yaml");
    }

    /** The broken-plan corpus, sorted by name. */
    public static List<Path> broken() {
        return yamlFilesIn(resource("plans/broken"));
    }

    /** The real plans in the repository's plans/ directory, sorted by name (possibly none). */
    public static List<Path> real() {
        return yamlFilesIn(Path.of(System.getProperty("warroom.root", "../.."), "plans"));
    }

    static Path resource(String name) {
        URL url = TestPlans.class.getClassLoader().getResource(name);
        if (url == null) {
            throw new IllegalStateException("test resource missing: " + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Path> yamlFilesIn(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
