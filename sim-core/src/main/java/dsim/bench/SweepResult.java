package dsim.bench;

/**
 * A seed sweep with one worker thread and with two.
 *
 * @param seeds               seeds swept
 * @param runs                runs in one sweep (seeds times semantics)
 * @param messagesPerRun      messages in each run
 * @param rounds              timed sweeps with each thread count
 * @param secondsOneThread    median wall-clock seconds of the sweep with one thread
 * @param secondsTwoThreads   the same with two threads
 * @param speedup             one thread's time over two threads'
 * @param identical           whether every sweep gave the same results as the first
 */
public record SweepResult(int seeds, int runs, long messagesPerRun, int rounds, double secondsOneThread,
                          double secondsTwoThreads, double speedup, boolean identical) {
}
