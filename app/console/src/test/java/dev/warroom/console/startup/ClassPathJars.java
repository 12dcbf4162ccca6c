package dev.warroom.console.startup;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A class path that class-data sharing can archive: JDK 17 archives classes from jars only, so each
 * class folder (the reactor's {@code target/classes}) becomes a jar under {@code folder}, rewritten only
 * when something in the folder changed (a stale jar's new time stamp would make every archive stale).
 * {@link #fingerprint} says what the class path holds now, so an archive made for another one is never used.
 */
final class ClassPathJars {

    private ClassPathJars() {
    }

    /** {@code classPath} with every class folder replaced by a jar of it in {@code folder}. */
    static List<Path> of(List<Path> classPath, Path folder) throws IOException {
        Files.createDirectories(folder);
        List<Path> jars = new ArrayList<>();
        for (int i = 0; i < classPath.size(); i++) {
            Path entry = classPath.get(i);
            if (!Files.isDirectory(entry)) {
                jars.add(entry);
                continue;
            }
            Path jar = folder.resolve(i + "-" + entry.getParent().getParent().getFileName() + "-" + entry.getFileName() + ".jar");
            Path stamp = folder.resolve(jar.getFileName() + ".fingerprint");
            String now = fingerprint(List.of(entry));
            if (!Files.exists(jar) || !Files.exists(stamp) || !Files.readString(stamp).equals(now)) {
                write(entry, jar);
                Files.writeString(stamp, now);
            }
            jars.add(jar);
        }
        return jars;
    }

    /** A digest of every entry's path, and of each file's name, size and time stamp in or under it. */
    static String fingerprint(List<Path> classPath) {
        MessageDigest digest = sha256();
        for (Path entry : classPath) {
            digest.update(entry.toAbsolutePath().toString().getBytes(StandardCharsets.UTF_8));
            try (Stream<Path> files = Files.isDirectory(entry) ? Files.walk(entry).sorted() : Stream.of(entry)) {
                files.filter(Files::isRegularFile).forEach(file -> {
                    try {
                        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                        digest.update((entry.relativize(file) + "|" + attributes.size() + "|" + attributes.lastModifiedTime().toMillis() + "\n")
                                .getBytes(StandardCharsets.UTF_8));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void write(Path classes, Path jar) throws IOException {
        Path partial = jar.resolveSibling(jar.getFileName() + ".partial");
        try (OutputStream file = Files.newOutputStream(partial); ZipOutputStream zip = new ZipOutputStream(file);
                Stream<Path> files = Files.walk(classes).sorted()) {
            for (Path path : (Iterable<Path>) files::iterator) {
                if (path.equals(classes)) {
                    continue;
                }
                String name = classes.relativize(path).toString().replace('\\', '/') + (Files.isDirectory(path) ? "/" : "");
                zip.putNextEntry(new ZipEntry(name));
                if (Files.isRegularFile(path)) {
                    Files.copy(path, zip);
                }
                zip.closeEntry();
            }
        }
        Files.move(partial, jar, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
