package dsim.scenario;

/** How a link loses packets. */
public sealed interface LossSpec {

    /** No loss at all. */
    LossSpec NONE = new Independent(0.0);

    /** Each packet is lost independently with {@code probability}. */
    record Independent(double probability) implements LossSpec {
    }

    /**
     * Gilbert-Elliott bursty loss: a two-state Markov chain stepped once per packet. In the
     * good state a packet is lost with {@code lossInGood}, in the bad state with
     * {@code lossInBad}; before each packet the link enters the bad state with
     * {@code enterBad} (from good) or leaves it with {@code exitBad} (from bad).
     */
    record GilbertElliott(double enterBad, double exitBad, double lossInBad, double lossInGood)
            implements LossSpec {

        /** The long-run loss rate: the stationary mix of the two states' loss. */
        public double meanLoss() {
            double total = enterBad + exitBad;
            double bad = total == 0 ? 0 : enterBad / total;
            return bad * lossInBad + (1 - bad) * lossInGood;
        }
    }
}
