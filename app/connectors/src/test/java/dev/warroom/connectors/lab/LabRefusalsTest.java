package dev.warroom.connectors.lab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the lab says, without starting anything, when it cannot or need not act. */
class LabRefusalsTest {

    @TempDir
    Path dir;

    @Test
    void upRefusesATakenPortAndStartsNothing() throws Exception {
        int pg = FreePorts.pair();
        try (ServerSocket taken = new ServerSocket(pg + 1, 1, InetAddress.getLoopbackAddress())) {
            Lab lab = new Lab(dir.resolve("lab"));

            assertThatThrownBy(() -> lab.up(LabPorts.of(pg, FreePorts.pair()), Optional.empty(), line -> { }))
                    .isInstanceOf(LabException.class)
                    .hasMessageContaining("port " + (pg + 1) + " on 127.0.0.1 already in use");
            assertThat(lab.state()).isEmpty();
        }
    }

    @Test
    void statusAndStopWithoutALabSayHowToStartOne() {
        Lab lab = new Lab(dir.resolve("none"));

        assertThatThrownBy(lab::status).isInstanceOf(LabException.class).hasMessageContaining("no lab in").hasMessageContaining("warroom lab up");
        assertThatThrownBy(() -> lab.stop(LabServer.PG_PRIMARY)).isInstanceOf(LabException.class).hasMessageContaining("no lab in");
    }

    @Test
    void downWithoutALabHasNothingToStop() {
        assertThat(new Lab(dir.resolve("none")).down(line -> { })).containsExactly("no lab in " + dir.resolve("none") + "; nothing to stop");
    }

    @Test
    void downOfALabWhoseProcessesAreAllGoneClearsItsFilesAndKeepsItsLogs() throws Exception {
        Path labDir = dir.resolve("stale");
        Files.createDirectories(labDir.resolve("postgres").resolve("primary"));
        Files.createDirectories(labDir.resolve("logs"));
        Files.writeString(labDir.resolve("logs").resolve("writer.log"), "old run\n");
        GoneLab.record(labDir, "pw");
        Lab lab = new Lab(labDir);

        List<String> said = lab.down(line -> { });

        assertThat(said).containsExactly("removed the lab's data; logs kept in " + labDir.resolve("logs"));
        assertThat(lab.state()).isEmpty();
        assertThat(labDir.resolve("postgres")).doesNotExist();
        assertThat(labDir.resolve(LabState.PASSWORD_FILE)).doesNotExist();
        assertThat(labDir.resolve("logs").resolve("writer.log")).hasContent("old run");
    }

    @Test
    void portsMustBeDistinctTcpPorts() {
        assertThatThrownBy(() -> LabPorts.of(15432, 15433)).isInstanceOf(LabException.class).hasMessageContaining("four different ports");
        assertThatThrownBy(() -> LabPorts.of(65535, 16379)).isInstanceOf(LabException.class).hasMessageContaining("65536 is not a TCP port");
    }
}
