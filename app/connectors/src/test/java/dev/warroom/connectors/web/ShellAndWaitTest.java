package dev.warroom.connectors.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warroom.connectors.web.local.ShellRunExecutor;
import dev.warroom.connectors.web.local.WaitExecutor;
import dev.warroom.core.world.ActionPreview;
import dev.warroom.core.world.ActionRequest;
import dev.warroom.core.world.ActionResult;
import dev.warroom.core.world.Reach;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** shell.run runs real bash in the plan's folder with bounded output; wait sleeps; neither pretends. */
class ShellAndWaitTest {

    private static final Duration STEP = Duration.ofMinutes(1);

    @TempDir
    Path planDir;

    private ActionResult run(String command, Duration timeout, String... more) throws InterruptedException {
        Map<String, String> params = more.length == 0 ? Map.of("command", command) : Map.of("command", command, more[0], more[1]);
        return new ShellRunExecutor(planDir).execute(TestResources.untargeted("shell.run", params, timeout));
    }

    @Test
    void aCommandRunsInThePlansFolderAndItsOutputAndExitCodeAreKept() throws Exception {
        ActionResult result = run("pwd; echo backup-done", STEP);

        assertThat(result.succeeded()).isTrue();
        assertThat(result.detail()).startsWith("exited 0 after ").endsWith(": backup-done");
        assertThat(result.outputs()).containsEntry("exitCode", "0");
        assertThat(result.outputs().get("output")).isEqualTo(planDir.toRealPath() + "\nbackup-done\n");
    }

    @Test
    void aWorkdirIsTakenRelativeToThePlansFolder() throws Exception {
        Files.createDirectory(planDir.resolve("scripts"));

        ActionResult result = run("pwd", STEP, "workdir", "scripts");

        assertThat(result.outputs().get("output").strip()).isEqualTo(planDir.toRealPath().resolve("scripts").toString());
    }

    @Test
    void aNonZeroExitFailsWithWhatTheCommandSaid() throws Exception {
        ActionResult result = run("echo 'pg_dump: connection refused' >&2; exit 3", STEP);

        assertThat(result.succeeded()).isFalse();
        assertThat(result.detail()).startsWith("exited with 3 after ").endsWith(": pg_dump: connection refused");
        assertThat(result.outputs()).containsEntry("exitCode", "3");
    }

    @Test
    void aChattyCommandKeepsOnlyTheStartAndTheEndOfItsOutput() throws Exception {
        ActionResult result = run("echo START; head -c 1000000 /dev/zero | tr '\\0' x; echo; echo END", STEP);

        String output = result.outputs().get("output");
        assertThat(result.succeeded()).isTrue();
        assertThat(output).startsWith("START").endsWith("END\n").contains("bytes left out");
        assertThat(output.length()).isLessThan(2 * 2000 + 100);
    }

    @Test
    void aCommandStillRunningAtTheTimeoutIsStopped() throws Exception {
        ActionResult result = run("echo started; sleep 60", Duration.ofMillis(500));

        assertThat(result.succeeded()).isFalse();
        assertThat(result.detail()).isEqualTo("still running after the step's timeout of 500ms: stopped it: started");
    }

    @Test
    void aShellReachesLiveSystemsAndItsPreviewRunsNothing() {
        ShellRunExecutor shell = new ShellRunExecutor(planDir);
        ActionRequest request = TestResources.untargeted("shell.run", Map.of("command", "touch made-by-preview"), STEP);

        ActionPreview preview = shell.preview(request);

        assertThat(shell.reach(request)).isEqualTo(Reach.LIVE);
        assertThat(preview.call()).isEqualTo("cd " + planDir + " && bash -c 'touch made-by-preview'");
        assertThat(planDir.resolve("made-by-preview")).doesNotExist();
    }

    @Test
    void waitSleepsItsDurationUnlessTheStepCannotLastThatLong() throws Exception {
        WaitExecutor wait = new WaitExecutor();

        ActionResult waited = wait.execute(TestResources.untargeted("wait", Map.of("duration", "20ms"), STEP));
        ActionResult tooLong = wait.execute(TestResources.untargeted("wait", Map.of("duration", "2h"), STEP));
        ActionResult unitless = wait.execute(TestResources.untargeted("wait", Map.of("duration", "30"), STEP));

        assertThat(waited.detail()).isEqualTo("waited 20ms");
        assertThat(tooLong.detail()).isEqualTo("the wait of 2h is longer than the step's timeout of 1m; raise the timeout");
        assertThat(unitless.detail()).startsWith("duration: duration '30' has no unit");
    }
}
