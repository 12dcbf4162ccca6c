package dev.warroom.core.journal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Writes that survive a crash: data forced to disk, and a new file's directory entry with it. */
final class Durable {

    private Durable() {
    }

    /** Writes {@code bytes} to a new file (refusing one that exists) and forces file and folder to disk. */
    static void writeNew(Path file, byte[] bytes) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        }
        forceDirectory(file.toAbsolutePath().getParent());
    }

    /** Makes a new file's directory entry durable, where the platform allows opening a directory. */
    static void forceDirectory(Path directory) {
        try (FileChannel dir = FileChannel.open(directory, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException e) {
            // Windows cannot open a directory as a channel; there the entry is flushed with the file's data.
        }
    }
}
