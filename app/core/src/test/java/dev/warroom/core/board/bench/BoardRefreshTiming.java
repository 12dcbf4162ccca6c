package dev.warroom.core.board.bench;

import dev.warroom.core.board.BoardSettings;
import dev.warroom.core.board.BoardSnapshot;
import dev.warroom.core.board.BoardStatus;
import dev.warroom.core.board.StateBoard;
import dev.warroom.core.board.TestPlans;
import dev.warroom.core.time.SystemIncidentClock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;

/**
 * Plain timing harness (not a unit test): one full state-board refresh over many resources whose
 * probes each take a fixed time. Goal: 500 probes of 100 ms refresh in at most 300 ms of wall time.
 * <pre>java -cp app/core/target/test-classes:app/core/target/classes:... dev.warroom.core.board.bench.BoardRefreshTiming [resources] [delayMs] [rounds]</pre>
 */
public final class BoardRefreshTiming {

    private BoardRefreshTiming() {
    }

    public static void main(String[] args) {
        int resources = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        long delayMs = args.length > 1 ? Long.parseLong(args[1]) : 100;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        int warmup = 3;

        SystemIncidentClock clock = new SystemIncidentClock();
        SlowProbeWorld world = new SlowProbeWorld(Duration.ofMillis(delayMs), clock);
        try (StateBoard board = new StateBoard(TestPlans.manyResources(resources, SlowProbeWorld.KIND), world, clock, BoardSettings.defaults())) {
            for (int i = 0; i < warmup; i++) {
                board.refresh();
            }
            double[] wallMs = new double[rounds];
            for (int i = 0; i < rounds; i++) {
                long start = System.nanoTime();
                BoardSnapshot snapshot = board.refresh();
                wallMs[i] = (System.nanoTime() - start) / 1e6;
                if (snapshot.count(BoardStatus.FRESH) != resources) {
                    throw new IllegalStateException("round " + i + ": only " + snapshot.count(BoardStatus.FRESH) + " of " + resources + " fresh");
                }
            }
            Arrays.sort(wallMs);
            System.out.printf(Locale.ROOT, "state board refresh: %d resources, probes of %d ms each, %d rounds after %d warm-up, %d cores%n",
                    resources, delayMs, rounds, warmup, Runtime.getRuntime().availableProcessors());
            System.out.printf(Locale.ROOT, "  median %.1f ms, p90 %.1f ms, min %.1f ms, max %.1f ms%n",
                    percentile(wallMs, 50), percentile(wallMs, 90), wallMs[0], wallMs[rounds - 1]);
            System.out.printf(Locale.ROOT, "  serial estimate %.1f s (%d × %d ms); goal ≤ 300 ms per refresh%n",
                    resources * delayMs / 1000.0, resources, delayMs);
        }
    }

    /** Nearest-rank percentile of sorted values. */
    private static double percentile(double[] sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }
}
