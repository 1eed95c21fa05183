package org.radiomics4j.core.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits an index range {@code [0, n)} into contiguous chunks run on plain threads. Used by the resampling kernels,
 * whose work items (image lines, output rows) are independent: every item is computed by exactly the same
 * arithmetic whatever the thread count, so results are bit-identical for any {@code threads}.
 */
public final class InterpParallel {
    private InterpParallel() {
    }

    /** A task over the half-open range {@code [from, to)}. */
    @FunctionalInterface
    public interface RangeTask {
        void run(int from, int to);
    }

    /**
     * Runs {@code task} over {@code [0, n)} split into at most {@code threads} chunks; with one thread (or a small
     * {@code n}) it runs in the caller's thread. An exception thrown by a chunk is rethrown in the caller.
     */
    public static void forRange(int n, int threads, RangeTask task) {
        int t = Math.max(1, Math.min(threads, n));
        if (t == 1) {
            task.run(0, n);
            return;
        }
        List<Thread> workers = new ArrayList<>(t);
        Throwable[] failure = new Throwable[t];
        for (int c = 0; c < t; c++) {
            final int chunk = c;
            final int from = (int) ((long) n * c / t);
            final int to = (int) ((long) n * (c + 1) / t);
            Thread th = new Thread(() -> {
                try {
                    task.run(from, to);
                } catch (Throwable e) {
                    failure[chunk] = e;
                }
            }, "radiomics4j-interp-" + c);
            th.setDaemon(true);
            workers.add(th);
            th.start();
        }
        boolean interrupted = false;
        for (Thread th : workers) {
            while (true) {
                try {
                    th.join();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        for (Throwable f : failure) {
            if (f instanceof RuntimeException re) {
                throw re;
            }
            if (f instanceof Error err) {
                throw err;
            }
            if (f != null) {
                throw new IllegalStateException("resampling worker failed", f);
            }
        }
    }
}
