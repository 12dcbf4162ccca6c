package dev.warroom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warroom.connectors.lab.Lab;
import dev.warroom.connectors.lab.LabServer;
import dev.warroom.connectors.lab.LabState;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `warroom lab`: up in a process that exits, status and down after it, and nothing left behind; and what it says when it cannot act. */
class LabCommandTest {

    @TempDir
    Path dir;

    @AfterEach
    void downAlways() {
        Lab lab = new Lab(dir.resolve("lab"));
        if (lab.state().isPresent()) {
            lab.down(line -> { });
        }
    }

    @Test
    void upInACommandThatExitsThenStatusThenDownLeavesNoProcessBehind() throws Exception {
        Path labDir = dir.resolve("lab");
        int pg = LoopbackPorts.freeRun(2, -10);
        int redis = LoopbackPorts.freeRun(2, pg);

        Process up = warroomInItsOwnProcess("lab", "up", "--dir", labDir.toString(), "--pg-port", Integer.toString(pg),
                "--redis-port", Integer.toString(redis));
        assertThat(up.waitFor(4, TimeUnit.MINUTES)).as("lab up returns").isTrue();
        String upSaid = Files.readString(dir.resolve("up.out"));
        assertThat(up.exitValue()).as(upSaid).isZero();
        assertThat(upSaid).contains("Lab up: PostgreSQL 127.0.0.1:" + pg + " streams to 127.0.0.1:" + (pg + 1))
                .contains("export WARROOM_LAB_PG_PASSWORD=\"$(cat " + labDir.resolve("pg-password") + ")\"")
                .contains("differ from plans/local-lab.yaml");
        LabState state = LabState.load(labDir).orElseThrow();
        assertThat(Pids.running(state.pid(LabServer.WRITER))).as("the writer outlives the command that started it").isTrue();

        CliRun status = CliRun.of("lab", "status", "--dir", labDir.toString());
        assertThat(status.exitCode()).as(status.all()).isZero();
        assertThat(status.out()).containsPattern("pg-primary +127\\.0\\.0\\.1:" + pg + " +" + state.pid(LabServer.PG_PRIMARY) + " +primary")
                .containsPattern("pg-standby +127\\.0\\.0\\.1:" + (pg + 1) + " +[0-9]+ +replica +lag [0-9.]+s, link up")
                .containsPattern("redis-master +127\\.0\\.0\\.1:" + redis + " +[0-9]+ +primary")
                .containsPattern("redis-replica +127\\.0\\.0\\.1:" + (redis + 1) + " +[0-9]+ +replica +lag [0-9]+s, link up")
                .containsPattern("writer +- +" + state.pid(LabServer.WRITER) + " +writing");

        CliRun again = CliRun.of("lab", "up", "--dir", labDir.toString(), "--pg-port", Integer.toString(pg), "--redis-port", Integer.toString(redis));
        assertThat(again.exitCode()).isEqualTo(ExitCodes.PROBLEMS);
        assertThat(again.err()).contains("warroom: lab up: a lab is already up in " + labDir).contains("`warroom lab down` stops it");

        CliRun down = CliRun.of("lab", "down", "--dir", labDir.toString());
        assertThat(down.exitCode()).as(down.all()).isZero();
        assertThat(down.out()).contains("stopped pg-primary (pid " + state.pid(LabServer.PG_PRIMARY) + ")", "stopped writer", "logs kept in");
        assertThat(state.pids().values()).hasSize(5).allSatisfy(pid -> assertThat(Pids.running(pid)).as("pid %d runs", pid).isFalse());
        assertThat(LabState.load(labDir)).isEmpty();
    }

    @Test
    void statusAndDownWithoutALabSayWhatToDo() {
        CliRun status = CliRun.of("lab", "status", "--dir", dir.resolve("none").toString());
        CliRun down = CliRun.of("lab", "down", "--dir", dir.resolve("none").toString());

        assertThat(status.exitCode()).isEqualTo(ExitCodes.PROBLEMS);
        assertThat(status.err()).contains("no lab in " + dir.resolve("none"), "`warroom lab up` starts one");
        assertThat(down.exitCode()).isZero();
        assertThat(down.out()).contains("nothing to stop");
    }

    @Test
    void stopNamesTheServersItKnows() {
        CliRun stop = CliRun.of("lab", "stop", "--dir", dir.toString(), "pg-master");

        assertThat(stop.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(stop.err()).contains("no server 'pg-master'; choose from pg-primary, pg-standby, redis-master, redis-replica, writer");
    }

    @Test
    void labAloneShowsItsSubcommands() {
        CliRun lab = CliRun.of("lab");

        assertThat(lab.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(lab.err()).contains("up", "status", "stop", "down", "127.0.0.1");
    }

    /** The command line in a JVM of its own, which exits when `lab up` returns (as a user's shell command would). */
    private Process warroomInItsOwnProcess(String... args) throws IOException {
        return new CliProcess(dir, Map.of()).start(dir.resolve("up.out"), args);
    }
}
