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

    /**
     * What a link spec makes of every link it governs, shared by them all: most links of a large
     * run follow the one default spec, and a send then reads a shared object the cache keeps, not
     * a copy of its own. Each link keeps only its streams and its state.
     */
    static final class Shape {

        /** Shared by the links without outages, most of them. */
        private static final long[] NO_TIMES = new long[0];
        private static final double[] NO_SHARES = new double[0];
        private final double lossProbability;
        private final LossSpec.GilbertElliott bursty; // null for independent loss
        private final double duplicateProbability;
        private final int outages;
        private final long[] outageStart;
        private final long[] outageEnd;
        private final double[] outageLoss;
        private final DelaySampler delay;

        /**
         * @param random which of the spec's random faults apply; those off act as if the spec
         *               did not have them (the delay always applies)
         */
        Shape(LinkSpec spec, RandomFaults random) {
            this.delay = new DelaySampler(spec.delay(), 0);
            if (!random.loss()) {
                this.bursty = null;
                this.lossProbability = 0;
            } else if (spec.loss() instanceof LossSpec.GilbertElliott ge) {
                this.bursty = ge;
                this.lossProbability = 0;
            } else {
                this.bursty = null;
                this.lossProbability = ((LossSpec.Independent) spec.loss()).probability();
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

        /**
         * The outage in force at {@code now}, or -1: a binary search, as the windows are sorted
         * and apart ({@link LinkSpec}). A link down for a few minutes every hour of a long run
         * has hundreds of them, and every packet on it asks.
         */
        int outageAt(long now) {
            int i = java.util.Arrays.binarySearch(outageStart, 0, outages, now);
            i = i >= 0 ? i : -i - 2; // the last window starting at or before now
            return i >= 0 && now < outageEnd[i] ? i : -1;
        }
    }

    private final Shape shape;
    private final long lossSeed;
    private final long delaySeed;
    private final long duplicateSeed;
    /**
     * What only outages, bursty loss and streams read, apart: null for most links, which then take
     * 48 bytes. A send reads the seeds above from its node's record in {@link Network}, which copies
     * them there, and comes here only for these.
     */
    private Rare rare;

    /** A link's outage stream, burst timeline (bursty loss only) and stream tail. */
    private static final class Rare {
        private final long outageSeed;
        private final Burst burst;
        /** When the latest packet sent in order on the link arrives (see {@link Network#stream}). */
        private long streamTail;

        Rare(long outageSeed, Burst burst) {
            this.outageSeed = outageSeed;
            this.burst = burst;
        }
    }

    /**
     * The link from {@code from} to {@code to} (node names), its streams named {@code link:from->to:loss}
     * and so on under the master seed. Hashing the names' parts makes no garbage, so the links a
     * run builds as it goes lie side by side in memory, as a large run's sends take them in turn.
     */
    Link(Shape shape, long masterSeed, String from, String to) {
        long prefix = Seeds.fnv1a(Seeds.fnv1a(Seeds.fnv1a(Seeds.fnv1a(Seeds.fnv1a(Seeds.FNV_START, "link:"), from),
                "->"), to), ":");
        this.shape = shape;
        this.delaySeed = Seeds.streamOfHash(masterSeed, Seeds.fnv1a(prefix, "delay"));
        this.lossSeed = Seeds.streamOfHash(masterSeed, Seeds.fnv1a(prefix, "loss"));
        this.duplicateSeed = Seeds.streamOfHash(masterSeed, Seeds.fnv1a(prefix, "duplicate"));
        if (shape.outages > 0 || shape.bursty != null) {
            // The burst timeline's stream only for bursty loss: a run of 10,000 nodes builds 20,000 links.
            this.rare = new Rare(Seeds.streamOfHash(masterSeed, Seeds.fnv1a(prefix, "outage")),
                    shape.bursty == null ? null : new Burst(shape.bursty,
                            new SplitMixRandom(Seeds.streamOfHash(masterSeed, Seeds.fnv1a(prefix, "burst")))));
        }
    }

    Shape shape() {
        return shape;
    }

    long lossSeed() {
        return lossSeed;
    }

    long delaySeed() {
        return delaySeed;
    }

    long duplicateSeed() {
        return duplicateSeed;
    }

    /** Whether a packet of this link's spec needs the link itself for its verdict: outages or bursty loss. */
    static boolean verdictReadsLink(Shape s) {
        return s.outages > 0 || s.bursty != null;
    }

    /**
     * Whether a packet sent now gets through: PASS, DROP_LOSS or DROP_OUTAGE. The decision reads
     * the link's shape {@code s} and loss seed, which a sender keeps at hand (see {@link Network}),
     * and the link itself only when {@link #verdictReadsLink} (else {@code link} may be null).
     */
    static int verdict(Shape s, Link link, long lossSeed, long now, long messageKey, long instance) {
        // Most links have no outage: the shape's count says so, without loading the arrays.
        if (s.outages > 0) {
            int i = s.outageAt(now);
            if (i >= 0) {
                // Inside an outage its loss replaces the link's normal loss.
                return Seeds.uniform(link.rare.outageSeed, messageKey, instance) < s.outageLoss[i] ? DROP_OUTAGE : PASS;
            }
        }
        if (s.bursty != null) {
            double p = link.rare.burst.badAt(now) ? s.bursty.lossInBad() : s.bursty.lossInGood();
            return Seeds.uniform(lossSeed, messageKey, instance) < p ? DROP_LOSS : PASS;
        }
        return s.lossProbability > 0 && Seeds.uniform(lossSeed, messageKey, instance) < s.lossProbability
                ? DROP_LOSS : PASS;
    }

    /**
     * A bursty link's timeline: good and bad periods of exponential length, drawn from the link's
     * own stream. Packets are sent in time order, so the timeline only moves forward, and how
     * often it is asked changes nothing.
     */
    private static final class Burst {

        private final LossSpec.GilbertElliott spec;
        private final SplitMixRandom random;
        private boolean bad;
        private long endsAt;

        Burst(LossSpec.GilbertElliott spec, SplitMixRandom random) {
            this.spec = spec;
            this.random = random;
            // Start in the stationary mix: a run's first minute is as bursty as any other.
            bad = random.nextDouble() < spec.badShare();
            endsAt = holdingNanos();
        }

        /** Whether the link is bad at {@code now}, stepping the timeline forward to it. */
        boolean badAt(long now) {
            while (now >= endsAt) {
                bad = !bad;
                long length = holdingNanos();
                endsAt = length > Long.MAX_VALUE - endsAt ? Long.MAX_VALUE : endsAt + length;
            }
            return bad;
        }

        /** The length of the period the link just entered: exponential with the state's mean, at least 1 ns. */
        private long holdingNanos() {
            long mean = bad ? spec.meanBadNanos() : spec.meanGoodNanos();
            return Math.max(1, DelaySampler.exponentialNanos(mean, random.nextLong()));
        }
    }

    /** A stream packet's delay: its own, or longer, so it arrives no sooner than the one sent before it. */
    long behindEarlierPackets(long now, long delay) {
        if (rare == null) {
            rare = new Rare(0, null); // no outages: its outage seed is never read
        }
        long arrival = Math.max(now + delay, rare.streamTail);
        rare.streamTail = arrival;
        return arrival - now;
    }

    /** Whether a packet that got through a link of shape {@code s} and duplicate seed {@code seed} arrives twice. */
    static boolean duplicates(Shape s, long seed, long messageKey, long instance) {
        double p = s.duplicateProbability;
        return p > 0 && Seeds.uniform(seed, messageKey, instance) < p;
    }

    /** The one-way delay of one copy of a packet on a link of shape {@code s} and delay seed {@code seed}. */
    static long delayNanos(Shape s, long seed, long messageKey, long instance) {
        return s.delay.sample(seed, messageKey, instance);
    }
}
