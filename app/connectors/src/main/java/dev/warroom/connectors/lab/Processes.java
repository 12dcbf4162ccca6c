package dev.warroom.connectors.lab;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Finds and stops the lab's processes by pid. A pid is only acted on while the process behind it is
 * still the one the lab started (its executable lies in the lab's directories, or it is the lab's
 * writer), so a pid the system has since given to someone else is never signalled.
 */
final class Processes {

    private static final Duration GRACE = Duration.ofSeconds(15);
    private static final Duration AFTER_KILL = Duration.ofSeconds(10);

    private Processes() {
    }

    /** A process whose executable lies under one of {@code dirs} (compared as real paths: /proc names executables that way). */
    static Predicate<ProcessHandle> executableUnder(Path... dirs) {
        List<Path> real = Arrays.stream(dirs).map(Processes::real).toList();
        return h -> h.info().command().map(Path::of).map(Path::normalize).filter(exe -> real.stream().anyMatch(exe::startsWith)).isPresent();
    }

    private static Path real(Path dir) {
        try {
            return dir.toRealPath();
        } catch (IOException e) {
            return dir.toAbsolutePath().normalize();
        }
    }

    /** A process whose arguments include every one of {@code words}. */
    static Predicate<ProcessHandle> argumentsInclude(String... words) {
        return h -> arguments(h).containsAll(List.of(words));
    }

    /** The JDK gives no arguments for a long command line; /proc/PID/cmdline has them all, NUL-separated. */
    private static List<String> arguments(ProcessHandle h) {
        Optional<String[]> known = h.info().arguments();
        if (known.isPresent()) {
            return List.of(known.get());
        }
        try {
            return List.of(Files.readString(Path.of("/proc", Long.toString(h.pid()), "cmdline")).split("\0"));
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    /** The live process with this pid, if it is still ours. */
    static Optional<ProcessHandle> ours(long pid, Predicate<ProcessHandle> identity) {
        return pid <= 0 ? Optional.empty() : ProcessHandle.of(pid).filter(Processes::running).filter(identity);
    }

    /** Whether the pid names a running process; a zombie (exited, not yet reaped by its parent) is not running. */
    static boolean alive(long pid) {
        return pid > 0 && ProcessHandle.of(pid).map(Processes::running).orElse(false);
    }

    static boolean running(ProcessHandle process) {
        if (!process.isAlive()) {
            return false;
        }
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat"));
            int afterName = stat.lastIndexOf(')');
            return afterName < 0 || afterName + 2 >= stat.length() || stat.charAt(afterName + 2) != 'Z';
        } catch (IOException e) {
            return process.isAlive();
        }
    }

    /** Every live process of this user that is ours. */
    static List<ProcessHandle> running(Predicate<ProcessHandle> identity) {
        long me = ProcessHandle.current().pid();
        return ProcessHandle.allProcesses().filter(h -> h.pid() != me).filter(Processes::running).filter(identity).toList();
    }

    /** SIGTERM, a grace period, then SIGKILL; true once the process is gone. */
    static boolean stop(ProcessHandle process) {
        if (!running(process)) {
            return true;
        }
        process.destroy();
        if (waitFor(process, GRACE)) {
            return true;
        }
        return kill(process);
    }

    /** SIGKILL, as a crash would; true once the process is gone. */
    static boolean kill(ProcessHandle process) {
        process.destroyForcibly();
        return waitFor(process, AFTER_KILL);
    }

    /** Polls rather than {@code onExit()}: the lab's servers are not this JVM's children, and a zombie never "exits". */
    static boolean waitFor(ProcessHandle process, Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (running(process)) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return !running(process);
            }
        }
        return true;
    }
}
