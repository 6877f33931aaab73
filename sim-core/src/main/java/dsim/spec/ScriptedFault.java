package dsim.spec;


import java.util.Objects;

/**
 * One fault of a scenario's {@code faults:} script, applied at an exact point whatever the
 * seed. Names are resolved and checked by the loader; a fault that matches nothing in a run
 * is reported, not refused.
 */
public sealed interface ScriptedFault {

    /**
     * One packet on one link: which message it carries or acks, its kind, and which of its
     * kind it is.
     *
     * @param from     the sending node
     * @param to       the receiving node
     * @param kind     the packet's kind
     * @param producer the producer of the message
     * @param sequence the message's 1-based sequence at its producer ({@code checkout-786} is 786)
     * @param attempt  the producer's attempt (publish, publish-ack) or the broker's delivery
     *                 number (deliver, consumer-ack), from 1
     * @param stored   which time its broker stored the message (a broker that is not idempotent
     *                 stores a retried publish again), from 1
     */
    record PacketRef(String from, String to, PacketKind kind, String producer, long sequence, int attempt,
                     int stored) {

        public PacketRef {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(producer, "producer");
        }

        /** The message's id, e.g. {@code checkout-786}. */
        public String messageId() {
            return producer + "-" + sequence;
        }

        /** The link, e.g. {@code checkout->gateway}. */
        public String link() {
            return from + "->" + to;
        }
    }

    /** The link loses the packet. */
    record Drop(PacketRef packet) implements ScriptedFault {
    }

    /** The link delivers the packet twice. */
    record Duplicate(PacketRef packet) implements ScriptedFault {
    }

    /** The packet takes {@code byNanos} longer on the link than its sampled delay. */
    record Delay(PacketRef packet, long byNanos) implements ScriptedFault {
    }

    /** {@code node} crashes at {@code atNanos}, whatever it is doing, and restarts {@code downForNanos} later. */
    record TimedCrash(String node, long atNanos, long downForNanos) implements ScriptedFault {
    }

    /**
     * A consumer crashes at {@code point} of one delivery: the packet that brought the message
     * (a deliver from a broker or a publish straight from the producer) and which copy of it.
     *
     * @param secondCopy whether it is the link's second copy of the packet that strikes
     */
    record PointCrash(String node, CrashPoint point, PacketRef packet, boolean secondCopy, long downForNanos)
            implements ScriptedFault {
    }

    /** The link loses every packet sent on it from {@code startNanos} until {@code endNanos}. */
    record Outage(String from, String to, long startNanos, long endNanos) implements ScriptedFault {

        /** The link, e.g. {@code checkout->gateway}. */
        public String link() {
            return from + "->" + to;
        }
    }
}
