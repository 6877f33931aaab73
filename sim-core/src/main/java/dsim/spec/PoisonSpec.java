package dsim.spec;

/**
 * Poison messages: a share of all messages, the same ones under every semantics and for every
 * consumer that has them, whose processing never succeeds.
 *
 * @param share  the chance that a message is poison, in [0, 1]
 * @param effect what processing one does
 */
public record PoisonSpec(double share, Effect effect) {

    /** What processing a poison message does to a consumer. */
    public enum Effect {
        /**
         * The processing takes its time and fails: no side effect, no ack. A queue delivers the
         * message again after its redelivery timeout; a log's consumer goes on to the next record.
         */
        FAIL("fail"),
        /** The consumer crashes as it starts processing it, as a payload that kills the process. */
        CRASH("crash");

        private final String id;

        Effect(String id) {
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
