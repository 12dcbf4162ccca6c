package dev.warroom.core.board;

import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Thread pools for the board. Probe calls mostly wait on the network, so the probe pool gives each
 * in-flight call its own thread, up to a cap; idle threads go away after half a minute.
 */
final class ProbeThreads {

    private ProbeThreads() {
    }

    static ThreadPoolExecutor probePool(int cap) {
        ThreadPoolExecutor pool = new ThreadPoolExecutor(cap, cap, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), named("warroom-probe"));
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }

    static ThreadPoolExecutor listenerThread() {
        ThreadPoolExecutor single = new ThreadPoolExecutor(1, 1, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), named("warroom-board-listener"));
        single.allowCoreThreadTimeOut(true);
        return single;
    }

    private static ThreadFactory named(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, prefix + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
