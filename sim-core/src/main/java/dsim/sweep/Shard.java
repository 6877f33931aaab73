package dsim.sweep;

/**
 * One of {@code count} machines sharing a sweep: it runs the seeds whose index (0 for the
 * first seed, 1 for the next, ...) leaves {@code index} when divided by {@code count}. Taking
 * every {@code count}-th seed rather than a block keeps each shard's seeds spread over the whole
 * range, so a hunt that stops at its first failures stops every shard at about the same place,
 * and merging is reading the parts in turn.
 *
 * <p>Counted from 0, as Kubernetes' {@code JOB_COMPLETION_INDEX} is: shard {@code i} of
 * {@code n} for {@code 0 <= i < n}.
 *
 * @param index which shard, from 0
 * @param count how many shards, at least 1
 */
public record Shard(int index, int count) {

    /** The whole sweep on one machine. */
    public static final Shard WHOLE = new Shard(0, 1);

    public Shard {
        if (count < 1 || index < 0 || index >= count) {
            throw new IllegalArgumentException("a shard needs 0 <= index < count, got " + index + "/" + count);
        }
    }

    /** How many of seed indices {@code 0..seeds-1} this shard runs. */
    public int size(int seeds) {
        return seeds <= index ? 0 : (int) (((long) seeds - index + count - 1) / count);
    }

    /** The sweep-wide index of this shard's {@code k}-th seed. */
    public int seedIndex(int k) {
        return (int) (index + (long) k * count);
    }

    /** As typed on the command line, e.g. {@code 0/3}. */
    @Override
    public String toString() {
        return index + "/" + count;
    }
}
