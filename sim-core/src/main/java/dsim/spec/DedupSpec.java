package dsim.spec;

/**
 * The consumer's dedup store under exactly-once: ids of processed messages, committed
 * atomically with the side effect.
 *
 * @param store       DURABLE (shared by the consumer group, survives crashes; the default) or
 *                    MEMORY (this consumer's own, emptied by a crash)
 * @param windowNanos how long an id is remembered after it is committed; 0 = forever
 */
public record DedupSpec(Store store, long windowNanos) {

    /** The default: a durable store that never forgets. */
    public static final DedupSpec DEFAULT = new DedupSpec(Store.DURABLE, 0);

    /** Where the dedup store lives. */
    public enum Store {
        /** A database shared by all consumers: survives crashes. */
        DURABLE("durable"),
        /** The consumer process's memory: a crash empties it. */
        MEMORY("memory");

        private final String id;

        Store(String id) {
            this.id = id;
        }

        /** The kebab-case name used in scenario files. */
        public String id() {
            return id;
        }

        @Override
        public String toString() {
            return id;
        }
    }
}
