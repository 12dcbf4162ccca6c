package dev.warroom.connectors.lab;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * What /proc says runs on this machine, read independently of the code under test. A zombie (exited,
 * waiting for init to reap it) does not run.
 */
public final class ProcessTable {

    private ProcessTable() {
    }

    public static boolean running(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            return stat.charAt(stat.lastIndexOf(')') + 2) != 'Z';
        } catch (IOException e) {
            return false;
        }
    }

    /** Running processes whose executable lies under one of {@code dirs} or whose command line contains {@code word}. */
    public static List<String> runningFrom(List<Path> dirs, String word) {
        List<String> found = new ArrayList<>();
        try (Stream<Path> entries = Files.list(Path.of("/proc"))) {
            for (Path entry : entries.filter(p -> p.getFileName().toString().matches("[0-9]+")).toList()) {
                long pid = Long.parseLong(entry.getFileName().toString());
                if (!running(pid)) {
                    continue;
                }
                String exe = readLink(entry.resolve("exe"));
                String cmdline = read(entry.resolve("cmdline")).replace('\0', ' ');
                if (dirs.stream().anyMatch(d -> exe.startsWith(d.toString())) || cmdline.contains(word)) {
                    found.add(pid + " " + exe + " " + cmdline);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot list /proc", e);
        }
        found.removeIf(line -> line.startsWith(ProcessHandle.current().pid() + " "));
        return found;
    }

    private static String readLink(Path link) {
        try {
            return Files.readSymbolicLink(link).toString();
        } catch (IOException e) {
            return "";
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "";
        }
    }
}
