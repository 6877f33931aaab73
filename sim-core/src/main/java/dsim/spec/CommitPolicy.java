package dsim.spec;

import dsim.text.Durations;

/**
 * When a consumer commits what it processed under at-least-once and exactly-once: acks a
 * queue's deliveries, or commits a log's offsets. At-most-once always commits on receipt.
 *
 * @param point      before or after processing; {@link CommitPoint#AFTER_PROCESS} for the periodic and batched kinds
 * @param everyNanos &gt; 0: every this long, commit what was processed since the last commit
 *                   (Kafka's auto-commit, {@code auto.commit.interval.ms}); else 0
 * @param batch      &gt; 0: commit each time this many more are processed, and when nothing is
 *                   left to process (as a poll loop does when a poll comes back empty); else 0
 */
public record CommitPolicy(CommitPoint point, long everyNanos, int batch) {

    /** Process, then commit each one: the default. */
    public static final CommitPolicy AFTER_PROCESS = new CommitPolicy(CommitPoint.AFTER_PROCESS, 0, 0);
    /** Commit each one on receipt, then process. */
    public static final CommitPolicy BEFORE_PROCESS = new CommitPolicy(CommitPoint.BEFORE_PROCESS, 0, 0);

    /** Commits each one before or after processing it. */
    public static CommitPolicy at(CommitPoint point) {
        return point == CommitPoint.AFTER_PROCESS ? AFTER_PROCESS : BEFORE_PROCESS;
    }

    /** Every {@code nanos}, commits what was processed since the last commit. */
    public static CommitPolicy every(long nanos) {
        return new CommitPolicy(CommitPoint.AFTER_PROCESS, nanos, 0);
    }

    /** Commits each time {@code n} more are processed. */
    public static CommitPolicy batch(int n) {
        return new CommitPolicy(CommitPoint.AFTER_PROCESS, 0, n);
    }

    /** Whether it commits processed work later than at once: periodically or in batches. */
    public boolean deferred() {
        return everyNanos > 0 || batch > 0;
    }

    /** As a scenario file writes it. */
    public String describe() {
        if (everyNanos > 0) {
            return "{ every: " + Durations.compact(everyNanos) + " }";
        }
        if (batch > 0) {
            return "{ batch: " + batch + " }";
        }
        return point.id();
    }

    @Override
    public String toString() {
        return describe();
    }
}
