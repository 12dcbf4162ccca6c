package dev.warroom.cli;

import dev.warroom.connectors.lab.Lab;
import dev.warroom.connectors.lab.LabException;
import dev.warroom.connectors.lab.LabPorts;
import dev.warroom.connectors.lab.LabResources;
import dev.warroom.connectors.lab.LabServer;
import dev.warroom.connectors.lab.LabState;
import dev.warroom.connectors.lab.LabStatus;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code warroom lab up|status|stop|down}: a real PostgreSQL and Redis failover on this machine, on
 * 127.0.0.1 only, for drills with plans/local-lab.yaml. The servers and the heartbeat writer run in
 * the background after `up` returns, until `down`.
 */
@Command(name = "lab", description = {
        "A real failover on this machine, on 127.0.0.1 only: a PostgreSQL primary streaming to a standby, a Redis master with a replica,"
                + " and a heartbeat writer, for drills with plans/local-lab.yaml.",
        "The servers and the writer keep running in the background after `lab up` returns, until `lab down`."},
        subcommands = {LabCommand.Up.class, LabCommand.Status.class, LabCommand.Stop.class, LabCommand.Down.class})
final class LabCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help.")
    boolean help;

    /** The options every subcommand shares: the lab directory, and help. */
    static final class Directory {
        @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help.")
        boolean help;

        @Option(names = "--dir", paramLabel = "DIR", description = "The lab's directory: its state, password and logs (default: $" + Lab.DIR_ENV + ", else ~/.warroom/lab).")
        Path dir;

        Lab lab() {
            return new Lab(dir != null ? dir : Lab.defaultDirectory());
        }
    }

    @Command(name = "up", description = {
            "Start the lab and return; it keeps running in the background.",
            "PostgreSQL and Redis come from Maven Central builds for Linux x86-64. If " + LabResources.PASSWORD_ENV
                    + " is set, it becomes the PostgreSQL password; otherwise one is generated into DIR/pg-password."})
    static final class Up implements Callable<Integer> {
        @Mixin
        Directory directory;

        @Option(names = "--pg-port", paramLabel = "PORT", defaultValue = "" + LabPorts.PG_DEFAULT,
                description = "PostgreSQL primary port; the standby listens one above (default: ${DEFAULT-VALUE}, as plans/local-lab.yaml expects).")
        int pgPort;

        @Option(names = "--redis-port", paramLabel = "PORT", defaultValue = "" + LabPorts.REDIS_DEFAULT,
                description = "Redis master port; the replica listens one above (default: ${DEFAULT-VALUE}, as plans/local-lab.yaml expects).")
        int redisPort;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            Lab lab = directory.lab();
            try {
                LabPorts ports = LabPorts.of(pgPort, redisPort);
                out.println("Starting the WarRoom lab in " + lab.directory());
                LabState state = lab.up(ports, Optional.ofNullable(System.getenv(LabResources.PASSWORD_ENV)), line -> {
                    out.println("  " + line);
                    out.flush();
                });
                out.println("Lab up: PostgreSQL 127.0.0.1:" + ports.pgPrimary() + " streams to 127.0.0.1:" + ports.pgStandby()
                        + "; Redis 127.0.0.1:" + ports.redisMaster() + " replicates to 127.0.0.1:" + ports.redisReplica() + ".");
                out.println("The heartbeat writer (pid " + state.pid(LabServer.WRITER) + ") adds a row to warroom.heartbeat ten times a second"
                        + " and keeps running after this command, until `warroom lab down`.");
                if (!ports.equals(LabPorts.standard())) {
                    out.println("These ports differ from plans/local-lab.yaml (15432/15433, 16379/16380): use a copy of the plan with these ports.");
                }
                out.println("While the lab is up, WarRoom finds the plan's password and team chat in it; to use them elsewhere:");
                out.println("  export " + LabResources.PASSWORD_ENV + "=\"$(cat " + lab.passwordFile() + ")\"");
                out.println("  export " + LabResources.WEBHOOK_ENV + "=" + LabResources.chatUrl(ports)
                        + "   (messages land in the lab's logs/chat.log)");
                if (!lab.directory().equals(Lab.directory(dev.warroom.connectors.ConnectorSettings.fromEnvironment()))) {
                    out.println("  export " + Lab.DIR_ENV + "=" + lab.directory() + "   (so that `warroom run` and `warroom state` find this lab)");
                }
                out.println("Next: `warroom run plans/local-lab.yaml --mode drill` stops the primaries as its scenario says and walks the failover"
                        + " (or stop them yourself: `warroom lab stop pg-primary redis-master`); `warroom lab down` when done.");
                return ExitCodes.OK;
            } catch (LabException e) {
                err.println("warroom: lab up: " + e.getMessage());
                return ExitCodes.PROBLEMS;
            }
        }
    }

    @Command(name = "status", description = "Show each server's role, pid, port and lag, and the writer's heartbeats.")
    static final class Status implements Callable<Integer> {
        @Mixin
        Directory directory;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try {
                LabStatus status = directory.lab().status();
                LabState state = status.state();
                out.println("WarRoom lab in " + status.directory() + ", up since " + state.started() + "; PostgreSQL runs as "
                        + state.postgresAccount() + " from " + state.postgresHome());
                String format = "  %-14s %-16s %-8s %-9s %s%n";
                out.printf(format, "SERVER", "ADDRESS", "PID", "ROLE", "DETAIL");
                for (LabStatus.Line line : status.lines()) {
                    out.printf(format, line.server().id(), line.address().isEmpty() ? "-" : line.address(),
                            line.pid() > 0 ? Long.toString(line.pid()) : "-", line.role(), line.detail());
                }
                return ExitCodes.OK;
            } catch (LabException e) {
                spec.commandLine().getErr().println("warroom: lab status: " + e.getMessage());
                return ExitCodes.PROBLEMS;
            }
        }
    }

    @Command(name = "stop", description = {
            "Stop servers abruptly, as a failure would (a drill's inject): PostgreSQL with an immediate shutdown, Redis with SIGKILL.",
            "SERVER is one of pg-primary, pg-standby, redis-master, redis-replica, writer. `lab down` still cleans up afterwards."})
    static final class Stop implements Callable<Integer> {
        @Mixin
        Directory directory;

        @Parameters(arity = "1..*", paramLabel = "SERVER", description = "pg-primary, pg-standby, redis-master, redis-replica or writer.")
        List<String> servers;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            List<LabServer> chosen = new ArrayList<>();
            for (String name : servers) {
                Optional<LabServer> server = LabServer.byId(name);
                if (server.isEmpty()) {
                    err.println("warroom: lab stop: no server '" + name + "'; choose from "
                            + Arrays.stream(LabServer.values()).map(LabServer::id).collect(Collectors.joining(", ")));
                    return ExitCodes.USAGE;
                }
                chosen.add(server.get());
            }
            Lab lab = directory.lab();
            int exit = ExitCodes.OK;
            for (LabServer server : chosen) {
                try {
                    spec.commandLine().getOut().println(lab.stop(server));
                } catch (LabException e) {
                    err.println("warroom: lab stop: " + e.getMessage());
                    exit = ExitCodes.PROBLEMS;
                }
            }
            return exit;
        }
    }

    @Command(name = "down", description = "Stop everything the lab started, check by pid that nothing is left, and remove its data (logs are kept).")
    static final class Down implements Callable<Integer> {
        @Mixin
        Directory directory;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try {
                for (String line : directory.lab().down(line -> out.println("  " + line))) {
                    out.println(line);
                }
                return ExitCodes.OK;
            } catch (LabException e) {
                spec.commandLine().getErr().println("warroom: lab down: " + e.getMessage());
                return ExitCodes.PROBLEMS;
            }
        }
    }
}
