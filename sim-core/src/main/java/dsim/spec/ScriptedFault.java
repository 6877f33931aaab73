package dsim.spec;


import dsim.text.Durations;

import java.util.Objects;

/**
 * One fault of a scenario's {@code faults:} script, applied at an exact point whatever the
 * seed. Names are resolved and checked by the loader; a fault that matches nothing in a run
 * is reported, not refused.
 */
public sealed interface ScriptedFault {

    /** The fault as a script line, a YAML flow mapping that loads back to it exactly. */
    String yaml();

    /** The fault in words, e.g. {@code the lost publish of checkout-786 (attempt 2) on checkout->gateway}. */
    String describe();

    /** Why a run may not have met it, after "never fired: ". */
    String neverFired();

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

        /** E.g. {@code publish of checkout-786}. */
        public String packet() {
            return kind.id() + " of " + messageId();
        }

        /** E.g. {@code publish of checkout-786 (attempt 2)}: the attempt or delivery unless the first. */
        public String named() {
            String n = packet();
            if (attempt > 1) {
                n += " (" + (kind.countsDeliveries() ? "delivery " : "attempt ") + attempt + ")";
            }
            return stored > 1 ? n + " of its stored copy " + stored : n;
        }

        /** Why a fault on this packet never fired: no such packet crossed its link. */
        String neverCrossed() {
            return "no " + named() + " crossed " + link();
        }

        /** The script keys after the verb's: link, then attempt and stored where not 1. */
        String yamlKeys() {
            return ", link: " + link() + (attempt > 1 ? ", attempt: " + attempt : "")
                    + (stored > 1 ? ", stored: " + stored : "");
        }
    }

    /** The link loses the packet. */
    record Drop(PacketRef packet) implements ScriptedFault {

        @Override
        public String yaml() {
            return "{ drop: " + packet.packet() + packet.yamlKeys() + " }";
        }

        @Override
        public String describe() {
            return "the lost " + packet.named() + " on " + packet.link();
        }

        @Override
        public String neverFired() {
            return packet.neverCrossed();
        }
    }

    /** The link delivers the packet twice. */
    record Duplicate(PacketRef packet) implements ScriptedFault {

        @Override
        public String yaml() {
            return "{ duplicate: " + packet.packet() + packet.yamlKeys() + " }";
        }

        @Override
        public String describe() {
            return "the second copy of " + packet.named() + " on " + packet.link();
        }

        @Override
        public String neverFired() {
            return packet.neverCrossed();
        }
    }

    /** The packet takes {@code byNanos} longer on the link than its sampled delay. */
    record Delay(PacketRef packet, long byNanos) implements ScriptedFault {

        @Override
        public String yaml() {
            return "{ delay: " + packet.packet() + packet.yamlKeys() + ", by: " + Durations.exact(byNanos) + " }";
        }

        @Override
        public String describe() {
            return packet.named() + " held " + Durations.compact(byNanos) + " longer on " + packet.link();
        }

        @Override
        public String neverFired() {
            return packet.neverCrossed();
        }
    }

    /** {@code node} crashes at {@code atNanos}, whatever it is doing, and restarts {@code downForNanos} later. */
    record TimedCrash(String node, long atNanos, long downForNanos) implements ScriptedFault {

        @Override
        public String yaml() {
            return "{ crash: " + node + ", at: " + Durations.exact(atNanos)
                    + (downForNanos >= 0 ? ", down-for: " + Durations.exact(downForNanos) : "") + " }";
        }

        @Override
        public String describe() {
            return "the " + node + " crash at " + Durations.secondsRounded(atNanos);
        }

        @Override
        public String neverFired() {
            return node + " was already down, or the run had ended, at " + Durations.secondsRounded(atNanos);
        }
    }

    /**
     * A consumer crashes at {@code point} of one delivery: the packet that brought the message
     * (a deliver from a broker or a publish straight from the producer) and which copy of it.
     *
     * @param secondCopy whether it is the link's second copy of the packet that strikes
     */
    record PointCrash(String node, CrashPoint point, PacketRef packet, boolean secondCopy, long downForNanos)
            implements ScriptedFault {

        @Override
        public String yaml() {
            return "{ crash: " + node + ", at: " + point.id() + " of " + packet.messageId()
                    + (packet.attempt() > 1 ? ", attempt: " + packet.attempt() : "")
                    + (packet.stored() > 1 ? ", stored: " + packet.stored() : "")
                    + (secondCopy ? ", second-copy: true" : "")
                    + (downForNanos >= 0 ? ", down-for: " + Durations.exact(downForNanos) : "") + " }";
        }

        @Override
        public String describe() {
            return "the " + node + " crash " + point.id() + " of " + delivery();
        }

        @Override
        public String neverFired() {
            return "no " + delivery() + " reached " + point.id() + " at " + node;
        }

        private String delivery() {
            return packet.messageId() + (packet.attempt() > 1 ? " (delivery " + packet.attempt() + ")" : "")
                    + (secondCopy ? ", its second copy" : "");
        }
    }

    /** The link loses every packet sent on it from {@code startNanos} until {@code endNanos}. */
    record Outage(String from, String to, long startNanos, long endNanos) implements ScriptedFault {

        /** The link, e.g. {@code checkout->gateway}. */
        public String link() {
            return from + "->" + to;
        }

        @Override
        public String yaml() {
            return "{ outage: " + link() + ", from: " + Durations.exact(startNanos) + ", to: "
                    + Durations.exact(endNanos) + " }";
        }

        @Override
        public String describe() {
            return "the outage of " + link() + " from " + Durations.secondsRounded(startNanos) + " to "
                    + Durations.secondsRounded(endNanos);
        }

        @Override
        public String neverFired() {
            return "nothing was sent on " + link() + " from " + Durations.secondsRounded(startNanos) + " to "
                    + Durations.secondsRounded(endNanos);
        }
    }
}
