package dev.warroom.connectors.lab;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** One PostgreSQL server of the lab: its data directory, log and port, started and stopped with pg_ctl as the server account. */
final class PgServer {

    private final Path home;
    private final Path data;
    private final int port;
    private final ServerAccount account;

    PgServer(Path home, String name, int port, ServerAccount account) {
        this.home = home;
        this.data = home.resolve(name);
        this.port = port;
        this.account = account;
    }

    Path data() {
        return data;
    }

    Path log() {
        return home.resolve(data.getFileName() + ".log");
    }

    int port() {
        return port;
    }

    void start() {
        try {
            pgCtl("starting PostgreSQL on 127.0.0.1:" + port, List.of("-l", log().toString(), "-w", "-t", "90", "start"), Duration.ofSeconds(100));
        } catch (LabException e) {
            throw new LabException(e.getMessage() + "; its log ends: " + Exec.tail(log()), e);
        }
    }

    /** Stops with pg_ctl ({@code fast}: clean; {@code immediate}: as a crash would); false if it was not running. */
    boolean stop(String mode) {
        if (pid().isEmpty()) {
            return false;
        }
        try {
            pgCtl("stopping PostgreSQL on 127.0.0.1:" + port, List.of("-m", mode, "-w", "-t", "30", "stop"), Duration.ofSeconds(40));
            return true;
        } catch (LabException e) {
            return false;
        }
    }

    /** The postmaster's pid from postmaster.pid, while that file exists. */
    OptionalLong pid() {
        try {
            Path file = data.resolve("postmaster.pid");
            if (!Files.exists(file)) {
                return OptionalLong.empty();
            }
            Optional<String> first = Files.readAllLines(file).stream().findFirst();
            return first.isPresent() && first.get().strip().matches("[0-9]+") ? OptionalLong.of(Long.parseLong(first.get().strip()))
                    : OptionalLong.empty();
        } catch (IOException e) {
            return OptionalLong.empty();
        }
    }

    private void pgCtl(String what, List<String> args, Duration timeout) {
        List<String> command = new ArrayList<>(List.of(home.resolve("bin").resolve("pg_ctl").toString(), "-D", data.toString()));
        command.addAll(args);
        Exec.run(what, account.command(command), home, account.environment(home), timeout, null);
    }
}
