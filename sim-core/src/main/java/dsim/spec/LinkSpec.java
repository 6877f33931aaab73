package dsim.spec;

import java.util.List;

/**
 * The faults of one direction of a link (or the network default).
 *
 * @param delay     one-way delay of each packet
 * @param loss      how packets are lost outside outages
 * @param duplicate chance a packet that gets through arrives twice, in [0, 1]
 * @param outages   windows with their own loss, in start order, apart: none starts before the one before it ends
 */
public record LinkSpec(DelaySpec delay, LossSpec loss, double duplicate, List<OutageSpec> outages) {

    /** A perfect link with no delay, the default when a scenario sets nothing. */
    public static final LinkSpec PERFECT = new LinkSpec(new DelaySpec.Constant(0), LossSpec.NONE, 0.0, List.of());

    public LinkSpec {
        outages = List.copyOf(outages);
        for (int i = 1; i < outages.size(); i++) {
            if (outages.get(i).startNanos() < outages.get(i - 1).endNanos()) {
                throw new IllegalArgumentException("outages must be sorted by start and may not overlap: " + outages);
            }
        }
    }
}
