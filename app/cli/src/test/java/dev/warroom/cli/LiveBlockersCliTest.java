package dev.warroom.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.warroom.service.table.LiveBlockedPlan;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A plan using kinds no real connector handles: {@code validate} warns about each (and passes, for TABLETOP), and
 * {@code run --mode drill} refuses it naming each with file:line:column, in words, with a non-zero exit code. The
 * refused DRILL runs in a network namespace of its own ({@code unshare -n}): were the refusal broken, the drill would
 * try the plan's AWS and DNS names, and nothing may leave this machine.
 */
class LiveBlockersCliTest {

    @TempDir
    Path dir;

    @Test
    void validateWarnsAboutEachThingThatCannotWorkLiveAndPasses() throws IOException {
        Path plan = Files.writeString(dir.resolve("orders.yaml"), LiveBlockedPlan.text(), StandardCharsets.UTF_8);

        CliRun run = CliRun.of("validate", plan.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.err().lines().filter(l -> l.endsWith("(blocks DRILL and LIVE)")))
                .containsExactlyElementsOf(LiveBlockedPlan.BLOCKERS.stream().map(b -> plan + b).toList());
        assertThat(run.out()).contains("1 file(s) checked: 1 passed, 0 failed; 0 error(s), 7 warning(s)");
    }

    @Test
    void aDrillOfItIsRefusedNamingEachInItsOwnNetworkNamespace() throws Exception {
        assumeTrue(namespacesWork(), "needs 'unshare -n' (root, or unprivileged user namespaces): this DRILL is only ever run where"
                + " nothing can leave the machine");
        Path plan = Files.writeString(dir.resolve("orders.yaml"), LiveBlockedPlan.text(), StandardCharsets.UTF_8);
        Path journal = dir.resolve("drill.jsonl");
        Path said = dir.resolve("said.txt");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        ProcessBuilder builder = new ProcessBuilder("unshare", "-n", java, "-cp", classPath, WarRoomCli.class.getName(),
                "run", plan.toString(), "--mode", "drill", "--auto", "--journal", journal.toString())
                .redirectErrorStream(true).redirectOutput(said.toFile());
        builder.environment().put("WARROOM_LAB_DIR", dir.resolve("no-lab").toString());

        Process drill = builder.start();
        boolean ended = drill.waitFor(120, TimeUnit.SECONDS);
        if (!ended) {
            drill.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        String output = Files.readString(said, StandardCharsets.UTF_8);

        assertThat(ended).as("the refused drill ended within 2 minutes:\n" + output).isTrue();
        assertThat(drill.exitValue()).as(output).isEqualTo(ExitCodes.PROBLEMS);
        assertThat(output.lines()).as("each blocker named with file:line:column, then the refusal in words")
                .containsSubsequence(LiveBlockedPlan.BLOCKERS.stream().map(b -> plan + b).toList())
                .contains("warroom: " + plan + " cannot open in DRILL: 3 thing(s) in it cannot work on the real connectors (each"
                        + " named above); run it in TABLETOP, or change them (warroom validate " + plan + ")");
        assertThat(output).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(journal).as("nothing was journalled").doesNotExist();
    }

    private static boolean namespacesWork() {
        try {
            Process probe = new ProcessBuilder("unshare", "-n", "true").redirectErrorStream(true).start();
            probe.getInputStream().readAllBytes();
            return probe.waitFor(20, TimeUnit.SECONDS) && probe.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
