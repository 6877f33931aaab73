package dsim.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class OrderedWorkersTest {

    @Test
    void run_anyThreadCount_handsResultsBackInTaskOrder() {
        for (int threads : new int[] {1, 2, 3}) {
            List<Integer> told = new ArrayList<>();
            int n = OrderedWorkers.run(500, threads, i -> i * i, told::add, null);
            assertEquals(500, n);
            for (int i = 0; i < 500; i++) {
                assertEquals(i * i, told.get(i), "threads " + threads);
            }
        }
    }

    @Test
    void run_callerSaysStop_stopsRightAfterThatResult() {
        for (int threads : new int[] {1, 2}) {
            List<Integer> told = new ArrayList<>();
            int n = OrderedWorkers.run(1000, threads, i -> i, i -> told.add(i) && i < 41, null);
            assertEquals(42, n, "threads " + threads);
            assertEquals(42, told.size());
        }
    }

    /** What makes a sweep of millions of seeds hold no more than one of a hundred. */
    @Test
    void run_manyTasks_neverStartsMoreThanAWindowAheadOfTheCaller() {
        AtomicInteger told = new AtomicInteger();
        AtomicInteger furthestAhead = new AtomicInteger();
        OrderedWorkers.run(20_000, 2, i -> {
            furthestAhead.accumulateAndGet(i - told.get(), Math::max);
            return i;
        }, i -> told.incrementAndGet() > 0, null);

        assertTrue(furthestAhead.get() <= 2 * OrderedWorkers.AHEAD_PER_WORKER,
                "a task started " + furthestAhead.get() + " ahead of the caller");
    }

    @Test
    void run_errorInAWorker_rethrownOnTheCallersThread() {
        IllegalStateException thrown = new IllegalStateException("a bug");
        AtomicInteger failedOn = new AtomicInteger();
        Thread caller = Thread.currentThread();

        IllegalStateException caught = assertThrows(IllegalStateException.class, () -> OrderedWorkers.run(100, 2, i -> {
            if (i == 7) {
                failedOn.set(Thread.currentThread() == caller ? 1 : 2);
                throw thrown;
            }
            return i;
        }, i -> true, null));

        assertSame(thrown, caught);
        assertEquals(2, failedOn.get(), "thrown on a worker thread");
    }

    /** Two runs at once may not fit where one does: the sweep finishes on one thread, same results. */
    @Test
    void run_heapRunsOutOnAWorker_finishesOnTheCallersThreadInOrder() {
        Thread caller = Thread.currentThread();
        List<Integer> told = new ArrayList<>();

        int n = OrderedWorkers.run(200, 2, i -> {
            if (i >= 50 && Thread.currentThread() != caller) {
                throw new OutOfMemoryError("Java heap space");
            }
            return i * 3;
        }, told::add, null);

        assertEquals(200, n);
        for (int i = 0; i < 200; i++) {
            assertEquals(i * 3, told.get(i));
        }
    }

    @Test
    void run_heapRunsOutOnTheCallerToo_rethrown() {
        OutOfMemoryError thrown = new OutOfMemoryError("Java heap space");
        assertSame(thrown, assertThrows(OutOfMemoryError.class, () -> OrderedWorkers.run(100, 2, i -> {
            if (i == 7) {
                throw thrown;
            }
            return i;
        }, i -> true, null)));
    }

    @Test
    void run_progress_countsEveryFinishedTask() {
        AtomicInteger last = new AtomicInteger();
        OrderedWorkers.run(300, 2, i -> i, i -> true, n -> last.accumulateAndGet(n, Math::max));
        assertEquals(300, last.get());
    }
}
