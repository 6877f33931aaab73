package dsim.spec;

/** How a link loses packets. */
public sealed interface LossSpec {

    /** No loss at all. */
    LossSpec NONE = new Independent(0.0);

    /** Each packet is lost independently with {@code probability}. */
    record Independent(double probability) implements LossSpec {
    }

    /**
     * Gilbert-Elliott bursty loss, driven by time: the link stays good for an exponential time
     * of mean {@code meanGoodNanos}, then bad for one of mean {@code meanBadNanos}, and so on.
     * A packet sent while it is good is lost with {@code lossInGood}, while bad with
     * {@code lossInBad}. Bursts last a length of time (a flapping NIC, a congested minute), so
     * retries cannot shorten them, and whether a packet is lost depends on when it is sent,
     * never on how many packets went before it.
     */
    record GilbertElliott(long meanGoodNanos, long meanBadNanos, double lossInBad, double lossInGood)
            implements LossSpec {

        /** The share of time the link spends in the bad state. */
        public double badShare() {
            return (double) meanBadNanos / ((double) meanGoodNanos + meanBadNanos);
        }

        /** The long-run loss rate: the time-average of the two states' loss. */
        public double meanLoss() {
            double bad = badShare();
            return bad * lossInBad + (1 - bad) * lossInGood;
        }
    }
}
