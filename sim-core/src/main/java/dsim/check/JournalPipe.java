package dsim.check;

import dsim.run.RunResult;
import dsim.journal.TraceEntry;
import dsim.journal.TraceSink;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Function;

/**
 * One run on a thread of its own, its journal read entry by entry on another thread while the
 * run writes it. Entries cross in batches through a queue of a few batches: the run waits when
 * the reader falls behind, so at most {@code BATCH * (QUEUED + 2)} entries are held, however
 * long the journal. Closing the pipe abandons the run at its next batch.
 */
final class JournalPipe implements TraceSink, Iterator<TraceEntry>, AutoCloseable {

    /** Entries per batch: enough that handing a batch over costs little per entry. */
    static final int BATCH = 1024;
    /** Batches waiting for the reader. */
    static final int QUEUED = 4;

    /** Entries in journal order; the last batch of a run also says how it ended. */
    private record Batch(List<TraceEntry> entries, RunResult result, Throwable failure) {

        boolean last() {
            return result != null || failure != null;
        }
    }

    /** Thrown inside the run when the reader has gone: it unwinds the run, which nobody reads any more. */
    private static final class Abandoned extends RuntimeException {
        Abandoned() {
            super("the journal's reader stopped", null, false, false);
        }
    }

    private final BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(QUEUED);
    private final Thread runner;
    private List<TraceEntry> filling = new ArrayList<>(BATCH);
    private Batch reading = new Batch(List.of(), null, null);
    private int next;

    private JournalPipe(String name, Function<TraceSink, RunResult> run) {
        runner = new Thread(() -> play(run), name);
        runner.setDaemon(true);
    }

    /**
     * Starts {@code run} on a new thread named {@code name}, telling the returned pipe each entry.
     *
     * @param run plays the run, telling the given sink every journal entry, and returns its result
     */
    static JournalPipe start(String name, Function<TraceSink, RunResult> run) {
        JournalPipe pipe = new JournalPipe(name, run);
        pipe.runner.start();
        return pipe;
    }

    private void play(Function<TraceSink, RunResult> run) {
        try {
            RunResult result = run.apply(this);
            hand(new Batch(filling, result, null));
        } catch (Abandoned e) {
            // Nobody reads this journal any more.
        } catch (Throwable e) {
            // Even an OutOfMemoryError: the reader rethrows it on its thread, where the command handles it.
            try {
                hand(new Batch(List.of(), null, e));
            } catch (Abandoned ignored) {
                // Nobody is left to tell.
            }
        }
    }

    /** Called by the run, on its thread. */
    @Override
    public void record(TraceEntry entry) {
        filling.add(entry);
        if (filling.size() == BATCH) {
            hand(new Batch(filling, null, null));
            filling = new ArrayList<>(BATCH);
        }
    }

    private void hand(Batch batch) {
        try {
            queue.put(batch);
        } catch (InterruptedException e) {
            throw new Abandoned();
        }
    }

    /** True until the journal's last entry has been read; waits for the run to write more. */
    @Override
    public boolean hasNext() {
        while (next == reading.entries().size()) {
            if (reading.last()) {
                rethrowFailure();
                return false;
            }
            reading = take();
            next = 0;
        }
        return true;
    }

    @Override
    public TraceEntry next() {
        if (!hasNext()) {
            throw new NoSuchElementException("the journal has ended");
        }
        return reading.entries().get(next++);
    }

    /** The run's result, once every entry has been read. */
    RunResult result() {
        if (hasNext()) {
            throw new IllegalStateException("the journal is not read to its end");
        }
        return reading.result();
    }

    private Batch take() {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading a run's journal", e);
        }
    }

    private void rethrowFailure() {
        Throwable failure = reading.failure();
        if (failure instanceof RuntimeException e) {
            throw e;
        }
        if (failure instanceof Error e) {
            throw e;
        }
        if (failure != null) {
            throw new IllegalStateException(failure);
        }
    }

    /** Abandons the run if it is still going; it stops at its next batch. */
    @Override
    public void close() {
        runner.interrupt();
    }
}
