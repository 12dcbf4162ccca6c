package dev.warroom.core.board.bench;

import dev.warroom.core.board.BoardSettings;
import dev.warroom.core.board.BoardSnapshot;
import dev.warroom.core.board.StateBoard;
import dev.warroom.core.board.TestPlans;
import dev.warroom.core.time.SystemIncidentClock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One full state-board refresh over 500 resources whose probes each answer in 100 ms.
 * Goal: ≤ 300 ms wall per refresh (serial polling would take 50 s).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 20)
@Fork(1)
public class BoardRefreshBenchmark {

    @Param("500")
    public int resources;

    @Param("100")
    public long probeMillis;

    private StateBoard board;

    @Setup(Level.Trial)
    public void setUp() {
        SystemIncidentClock clock = new SystemIncidentClock();
        board = new StateBoard(TestPlans.manyResources(resources, SlowProbeWorld.KIND),
                new SlowProbeWorld(Duration.ofMillis(probeMillis), clock), clock, BoardSettings.defaults());
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        board.close();
    }

    @Benchmark
    public BoardSnapshot fullRefresh() {
        return board.refresh();
    }
}
