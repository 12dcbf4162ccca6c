package dev.warroom.console.startup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A JDK the harness starts both sides with, read from its {@code release} file. From JDK 25 on, a side's own
 * cache is an AOT cache (JEP 483/515: classes loaded and linked, method profiles) instead of an AppCDS archive.
 */
record JavaRuntime(Path home, String version, int feature) {

    private static final Pattern JAVA_VERSION = Pattern.compile("(?m)^JAVA_VERSION=\"((\\d+)[^\"]*)\"");
    private static final int FIRST_WITH_AOT_CACHE = 25;

    static JavaRuntime at(Path home) {
        Path release = home.resolve("release");
        String text;
        try {
            text = Files.readString(release);
        } catch (IOException e) {
            throw new UncheckedIOException("startup.javaHome " + home + " is not a JDK: no readable release file", e);
        }
        Matcher version = JAVA_VERSION.matcher(text);
        if (!version.find()) {
            throw new IllegalArgumentException(release + " names no JAVA_VERSION");
        }
        return new JavaRuntime(home, version.group(1), Integer.parseInt(version.group(2)));
    }

    String java() {
        return home.resolve("bin").resolve("java").toString();
    }

    boolean hasAotCache() {
        return feature >= FIRST_WITH_AOT_CACHE;
    }

    /** What this runtime needs besides the common options: JavaFX on the class path calls native code, which JDK 25 warns about. */
    List<String> options() {
        return hasAotCache() ? List.of("--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow") : List.of();
    }

    String cacheName() {
        return hasAotCache() ? "AOT cache" : "AppCDS";
    }

    String label() {
        return "JDK " + feature;
    }
}
