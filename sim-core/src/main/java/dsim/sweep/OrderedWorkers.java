package dsim.sweep;

import java.util.ArrayDeque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;
import java.util.function.Predicate;

/**
 * Runs tasks 0, 1, 2, ... on a fixed pool of worker threads and hands their results to the
 * caller in task order, on the caller's thread. Only a window of tasks is ever submitted ahead
 * of the one awaited, so a sweep of millions of seeds holds as few pending results as one of
 * a hundred; what the caller keeps of each result is its own choice.
 */
public final class OrderedWorkers {

    /**
     * Tasks submitted ahead per worker: enough that a slow task at the head of the window
     * leaves the others work to do, few enough that the window's results stay small.
     */
    static final int AHEAD_PER_WORKER = 16;

    private OrderedWorkers() {
    }

    /**
     * Runs tasks {@code 0..count-1}.
     *
     * @param count    how many tasks, &ge; 0
     * @param threads  worker threads, &ge; 1; with one, the tasks run on the caller's thread
     * @param task     computes the result of task {@code i}
     * @param onResult told each result in task order; returning false stops after that result
     * @param progress told the number of tasks finished so far (from worker threads), or null
     * @param <T>      the result type
     * @return how many results {@code onResult} was told: {@code count}, unless it stopped early
     * @throws RuntimeException or Error: the first that a task threw, in task order, rethrown
     *                          on the caller's thread; except that after an OutOfMemoryError on
     *                          a worker the tasks from the failed one on run again on the
     *                          caller's thread, one at a time, and only an error there is thrown
     */
    public static <T> int run(int count, int threads, IntFunction<T> task, Predicate<T> onResult,
                              IntConsumer progress) {
        if (count < 0 || threads < 1) {
            throw new IllegalArgumentException("count must be at least 0 and threads at least 1");
        }
        if (threads == 1 || count <= 1) {
            return inOrder(0, count, task, onResult, progress);
        }
        AtomicInteger finished = new AtomicInteger();
        int workers = Math.min(threads, count);
        ExecutorService pool = Executors.newFixedThreadPool(workers, daemonThreads());
        try {
            ArrayDeque<Future<T>> window = new ArrayDeque<>();
            int submitted = 0;
            for (int told = 0; told < count; ) {
                while (submitted < count && window.size() < workers * AHEAD_PER_WORKER) {
                    int i = submitted++;
                    window.add(pool.submit(() -> {
                        T result = task.apply(i);
                        report(progress, finished);
                        return result;
                    }));
                }
                T result;
                try {
                    result = await(window.poll());
                } catch (OutOfMemoryError e) {
                    // The workers' runs together needed more heap than one alone. Results do not
                    // depend on the thread count, so drop the window, let the running tasks end,
                    // and finish on this thread: slower, never a different exit code.
                    window.clear();
                    pool.shutdownNow();
                    awaitEnd(pool);
                    return inOrder(told, count, task, onResult, progress);
                }
                told++;
                if (!onResult.test(result)) {
                    return told;
                }
            }
            return count;
        } finally {
            // Tasks not started are dropped; running ones cannot be interrupted and end on their own.
            pool.shutdownNow();
        }
    }

    /** Runs tasks {@code from..count-1} on the caller's thread; returns how many results were told in all. */
    private static <T> int inOrder(int from, int count, IntFunction<T> task, Predicate<T> onResult,
                                   IntConsumer progress) {
        AtomicInteger finished = new AtomicInteger(from);
        for (int i = from; i < count; i++) {
            T result = task.apply(i);
            report(progress, finished);
            if (!onResult.test(result)) {
                return i + 1;
            }
        }
        return count;
    }

    /** Waits for the pool's running tasks to end (they cannot be interrupted), so their heap is free. */
    private static void awaitEnd(ExecutorService pool) {
        try {
            while (!pool.awaitTermination(1, java.util.concurrent.TimeUnit.MINUTES)) {
                // a long run still finishing: keep waiting, its memory is needed
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("sweep interrupted", e);
        }
    }

    private static void report(IntConsumer progress, AtomicInteger finished) {
        int n = finished.incrementAndGet();
        if (progress != null) {
            progress.accept(n);
        }
    }

    private static <T> T await(Future<T> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("sweep interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "dsim-sweep-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
