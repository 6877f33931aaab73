package dsim.model;

import dsim.random.Seeds;
import dsim.random.SplitMixRandom;
import dsim.spec.LinkSpec;
import dsim.spec.LossSpec;
import dsim.spec.OutageSpec;
import dsim.spec.RandomFaults;

/**
 * One direction of a link and its faults. Each decision is a named predicate keyed by the
 * packet it concerns (message key, packet instance) and, for outages and bursty loss, by the
 * time it is sent: bursty loss alternates good and bad periods of exponential length drawn
 * from the link's own stream, a timeline that no packet moves. So the same packet sent at the
 * same time meets the same fate under every semantics.
 */
final class Link {

    /** Verdicts of {@link #verdict}. */
    static final int PASS = 0;
    static final int DROP_LOSS = 1;
    static final int DROP_OUTAGE = 2;

    private final double lossProbability;
    private final LossSpec.GilbertElliott bursty; // null for independent loss
    private final double duplicateProbability;
    /** Shared by the links without outages, most of them. */
    private static final long[] NO_TIMES = new long[0];
    private static final double[] NO_SHARES = new double[0];
    private final int outages;
    private final long[] outageStart;
    private final long[] outageEnd;
    private final double[] outageLoss;
    private final DelaySampler delay;
    private final long lossSeed;
    private final long outageSeed;
    private final long duplicateSeed;
    private final SplitMixRandom burstRandom;
    /** Bursty loss: whether the link is in its bad period, and when that period ends. */
    private boolean burstBad;
    private long burstEndsAt;

    /**
     * @param random which of the spec's random faults apply; those off act as if the spec
     *               did not have them (the delay always applies)
     */
    Link(LinkSpec spec, long masterSeed, String name, RandomFaults random) {
        String prefix = "link:" + name + ":";
        this.delay = new DelaySampler(spec.delay(), Seeds.stream(masterSeed, prefix + "delay"));
        this.lossSeed = Seeds.stream(masterSeed, prefix + "loss");
        this.outageSeed = Seeds.stream(masterSeed, prefix + "outage");
        this.duplicateSeed = Seeds.stream(masterSeed, prefix + "duplicate");
        // The burst timeline's stream only for bursty loss: a run of 10,000 nodes builds 20,000 links.
        if (!random.loss()) {
            this.bursty = null;
            this.lossProbability = 0;
            this.burstRandom = null;
        } else if (spec.loss() instanceof LossSpec.GilbertElliott ge) {
            this.bursty = ge;
            this.lossProbability = 0;
            this.burstRandom = new SplitMixRandom(Seeds.stream(masterSeed, prefix + "burst"));
            // Start in the stationary mix: a run's first minute is as bursty as any other.
            burstBad = burstRandom.nextDouble() < ge.badShare();
            burstEndsAt = holdingNanos();
        } else {
            this.bursty = null;
            this.lossProbability = ((LossSpec.Independent) spec.loss()).probability();
            this.burstRandom = null;
        }
        this.duplicateProbability = random.duplicate() ? spec.duplicate() : 0;
        int n = random.outages() ? spec.outages().size() : 0;
        outages = n;
        outageStart = n == 0 ? NO_TIMES : new long[n];
        outageEnd = n == 0 ? NO_TIMES : new long[n];
        outageLoss = n == 0 ? NO_SHARES : new double[n];
        for (int i = 0; i < n; i++) {
            OutageSpec o = spec.outages().get(i);
            outageStart[i] = o.startNanos();
            outageEnd[i] = o.endNanos();
            outageLoss[i] = o.loss();
        }
    }

    /** Whether a packet sent now gets through: PASS, DROP_LOSS or DROP_OUTAGE. */
    int verdict(long now, long messageKey, long instance) {
        // Most links have no outage: a field of this object says so, without loading the arrays.
        for (int i = 0; i < outages; i++) {
            if (now >= outageStart[i] && now < outageEnd[i]) {
                // Inside an outage its loss replaces the link's normal loss.
                return Seeds.uniform(outageSeed, messageKey, instance) < outageLoss[i] ? DROP_OUTAGE : PASS;
            }
        }
        if (bursty != null) {
            double p = badAt(now) ? bursty.lossInBad() : bursty.lossInGood();
            return Seeds.uniform(lossSeed, messageKey, instance) < p ? DROP_LOSS : PASS;
        }
        return lossProbability > 0 && Seeds.uniform(lossSeed, messageKey, instance) < lossProbability
                ? DROP_LOSS : PASS;
    }

    /**
     * Whether the bursty link is bad at {@code now}, stepping its timeline forward to it. Packets
     * are sent in time order, so the timeline only moves forward, and how often it is asked
     * changes nothing.
     */
    private boolean badAt(long now) {
        while (now >= burstEndsAt) {
            burstBad = !burstBad;
            long length = holdingNanos();
            burstEndsAt = length > Long.MAX_VALUE - burstEndsAt ? Long.MAX_VALUE : burstEndsAt + length;
        }
        return burstBad;
    }

    /** The length of the period the link just entered: exponential with the state's mean, at least 1 ns. */
    private long holdingNanos() {
        long mean = burstBad ? bursty.meanBadNanos() : bursty.meanGoodNanos();
        return Math.max(1, DelaySampler.exponentialNanos(mean, burstRandom.nextLong()));
    }

    /** When the latest packet sent in order on this link arrives (see {@link Network#stream}). */
    private long streamTail;

    /** A stream packet's delay: its own, or longer, so it arrives no sooner than the one sent before it. */
    long behindEarlierPackets(long now, long delay) {
        long arrival = Math.max(now + delay, streamTail);
        streamTail = arrival;
        return arrival - now;
    }

    /** Whether a packet that got through arrives twice. */
    boolean duplicates(long messageKey, long instance) {
        return duplicateProbability > 0 && Seeds.uniform(duplicateSeed, messageKey, instance) < duplicateProbability;
    }

    /** The one-way delay of one copy of a packet. */
    long delayNanos(long messageKey, long instance) {
        return delay.sample(messageKey, instance);
    }
}
