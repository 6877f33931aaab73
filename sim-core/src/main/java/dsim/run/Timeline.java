package dsim.run;

import java.util.Arrays;

/**
 * Where in a run its messages were created, and how those created in each stretch of time
 * ended: counts per bucket of creation time, so runs of one scenario pool by adding counts
 * (their buckets are the same: fixed by the scenario's arrival span, not by when a run ended).
 *
 * @param bucketNanos each bucket's width; bucket i holds creation times in [i*w, (i+1)*w), the
 *                    last also everything later
 * @param created     messages created, per bucket
 * @param lost        of those, never processed
 * @param duplicated  of those, processed more than once
 * @param crashes     crashes of any node, per bucket of the time they happened
 */
public record Timeline(long bucketNanos, long[] created, long[] lost, long[] duplicated, long[] crashes) {

    /** Buckets of a run's timeline. */
    public static final int BUCKETS = 60;
    /** No timeline: a run kept without it, or summed from none. */
    public static final Timeline NONE = new Timeline(1, new long[BUCKETS], new long[BUCKETS], new long[BUCKETS],
            new long[BUCKETS]);

    /** The bucket of a message created at {@code nanos}. */
    public int bucket(long nanos) {
        return (int) Math.min(BUCKETS - 1, Math.max(0, nanos / bucketNanos));
    }

    /** This timeline and {@code other}'s counts added; a timeline with no counts takes the other's width. */
    public Timeline plus(Timeline other) {
        if (total() == 0) {
            return other;
        }
        if (other.total() == 0) {
            return this;
        }
        long[] c = created.clone();
        long[] l = lost.clone();
        long[] d = duplicated.clone();
        long[] k = crashes.clone();
        for (int i = 0; i < BUCKETS; i++) {
            c[i] += other.created[i];
            l[i] += other.lost[i];
            d[i] += other.duplicated[i];
            k[i] += other.crashes[i];
        }
        return new Timeline(bucketNanos, c, l, d, k);
    }

    /** Messages created over all buckets. */
    public long total() {
        long n = 0;
        for (long c : created) {
            n += c;
        }
        return n;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Timeline t && bucketNanos == t.bucketNanos && Arrays.equals(created, t.created)
                && Arrays.equals(lost, t.lost) && Arrays.equals(duplicated, t.duplicated)
                && Arrays.equals(crashes, t.crashes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(created) * 31 + Arrays.hashCode(lost) * 7 + Arrays.hashCode(duplicated)
                + Arrays.hashCode(crashes);
    }

    @Override
    public String toString() {
        return "Timeline[" + total() + " messages in " + BUCKETS + " buckets of " + bucketNanos + " ns]";
    }
}
