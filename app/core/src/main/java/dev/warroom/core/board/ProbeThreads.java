package dev.warroom.core.board;

import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Thread pools for the board. Probe calls mostly wait on the network, so the probe pool gives each
 * in-flight call its own thread, up to a cap; a call reuses an idle thread when there is one, and idle
 * threads go away after half a minute. (A pool whose core size is the cap starts a new thread for every
 * call until it holds the cap, idle threads or not: 512 threads on a board of 200 resources, about 35 MB
 * of resident memory in the console's memory soak.)
 */
final class ProbeThreads {

    private ProbeThreads() {
    }

    static ThreadPoolExecutor probePool(int cap) {
        IdleFirstQueue queue = new IdleFirstQueue();
        ThreadPoolExecutor pool = new ThreadPoolExecutor(0, cap, 30, TimeUnit.SECONDS, queue, named("warroom-probe"),
                (call, full) -> {
                    if (full.isShutdown()) {
                        throw new RejectedExecutionException("the board is closed");
                    }
                    queue.queue(call);
                });
        queue.pool = pool;
        return pool;
    }

    /**
     * Queues a call only while an idle thread can take it; otherwise it refuses, so the pool starts a new
     * thread (up to the cap), and past the cap the pool's rejection handler queues it after all.
     */
    private static final class IdleFirstQueue extends LinkedBlockingQueue<Runnable> {

        private volatile ThreadPoolExecutor pool;

        @Override
        public boolean offer(Runnable call) {
            ThreadPoolExecutor owner = pool;
            if (owner != null && owner.getActiveCount() + size() >= owner.getPoolSize() && owner.getPoolSize() < owner.getMaximumPoolSize()) {
                return false;
            }
            return super.offer(call);
        }

        /** Past the cap: the call waits for a thread. */
        void queue(Runnable call) {
            super.offer(call);
        }
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
