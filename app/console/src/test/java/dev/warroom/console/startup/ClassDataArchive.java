package dev.warroom.console.startup;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One side's own class-data cache on one runtime: an AppCDS archive before JDK 25, an AOT cache from JDK 25 on
 * ({@code -XX:AOTCacheOutput}), written at exit by a training run of that side (which quits on its first ready
 * frame), named after the class path's fingerprint, the JVM options and the JDK, so a changed class path or jar
 * gets a new one and the old one is deleted. Measured runs map it with {@code -Xshare:on} or
 * {@code -XX:AOTMode=on}: a JVM that cannot use it stops with an error instead of silently starting without it.
 */
final class ClassDataArchive {

    private static final long TRAINING_LIMIT_SECONDS = 180;

    private ClassDataArchive() {
    }

    /** The archive for {@code main} on {@code classPath}, training one first when there is none for it yet. */
    static Path forSide(JavaRuntime runtime, Class<?> main, List<String> javaOptions, String classPath, String fingerprint, Path folder)
            throws IOException, InterruptedException {
        Files.createDirectories(folder);
        String side = main.getSimpleName() + "-jdk" + runtime.feature();
        String options = String.join(" ", javaOptions.stream().filter(o -> !o.startsWith("-Dwarroom.incidents=")).toList());
        String key = fingerprint.substring(0, 16) + "-" + Integer.toHexString(options.hashCode()) + "-" + runtime.version();
        String suffix = runtime.hasAotCache() ? ".aot" : ".jsa";
        Path archive = folder.resolve(side + "-" + key + suffix);
        if (Files.exists(archive)) {
            return archive;
        }
        deleteOthers(folder, side);
        Path partial = folder.resolve(side + "-" + key + ".training" + suffix);
        Files.deleteIfExists(partial);
        List<String> command = new ArrayList<>(List.of(runtime.java()));
        command.addAll(javaOptions);
        command.add((runtime.hasAotCache() ? "-XX:AOTCacheOutput=" : "-XX:ArchiveClassesAtExit=") + partial);
        command.addAll(List.of("-D" + FirstFrame.TRAINING + "=true", "-cp", classPath, main.getName()));
        System.out.println("training the " + runtime.cacheName() + " of " + side + " (" + archive.getFileName() + ")");
        Process training = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(folder.resolve(side + "-training.log").toFile())
                .directory(Path.of(System.getProperty("warroom.root", ".")).toFile()).start();
        if (!training.waitFor(TRAINING_LIMIT_SECONDS, TimeUnit.SECONDS)) {
            training.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            throw new IllegalStateException("the training run of " + side + " did not end within " + TRAINING_LIMIT_SECONDS + " s");
        }
        if (training.exitValue() != 0 || !Files.exists(partial)) {
            throw new IllegalStateException("the training run of " + side + " made no archive (exit " + training.exitValue() + "); see "
                    + folder.resolve(side + "-training.log"));
        }
        Files.move(partial, archive);
        return archive;
    }

    /** What a measured run adds to use {@code archive}. */
    static List<String> use(JavaRuntime runtime, Path archive) {
        return runtime.hasAotCache() ? List.of("-XX:AOTCache=" + archive, "-XX:AOTMode=on") : List.of("-XX:SharedArchiveFile=" + archive, "-Xshare:on");
    }

    private static void deleteOthers(Path folder, String side) throws IOException {
        try (DirectoryStream<Path> old = Files.newDirectoryStream(folder, side + "-*.{jsa,aot}")) {
            for (Path stale : old) {
                Files.delete(stale);
            }
        }
    }
}
