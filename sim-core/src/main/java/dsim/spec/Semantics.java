package dsim.spec;

import java.util.Locale;

/** The delivery semantics a run simulates; each is a preset of producer, broker and consumer behaviour. */
public enum Semantics {
    /** Send once, never wait for an ack; the consumer acks on receipt, then processes. */
    AT_MOST_ONCE("at-most-once"),
    /** Resend until acked; the broker redelivers; the consumer processes, then acks. */
    AT_LEAST_ONCE("at-least-once"),
    /** At-least-once plus idempotency: the broker drops producer retries it stored, the consumer skips ids it processed. */
    EXACTLY_ONCE("exactly-once");

    private final String id;

    Semantics(String id) {
        this.id = id;
    }

    /** The kebab-case name used in scenario files, on the command line and in output. */
    public String id() {
        return id;
    }

    /** True when the producer waits for acks and resends, and the broker redelivers. */
    public boolean retries() {
        return this != AT_MOST_ONCE;
    }

    /** True when brokers and consumers deduplicate by message id. */
    public boolean idempotent() {
        return this == EXACTLY_ONCE;
    }

    /** The semantics with this kebab-case id, or null. */
    public static Semantics fromId(String id) {
        String wanted = id.toLowerCase(Locale.ROOT);
        for (Semantics s : values()) {
            if (s.id.equals(wanted)) {
                return s;
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return id;
    }
}
