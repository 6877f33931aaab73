package dsim.run;

import java.util.ArrayList;
import java.util.List;

/**
 * How often each fault source of a run fired, and how many of the messages it touched ended
 * lost or duplicated: a sign the source shaped an outcome (shrink tells for sure, one run at a
 * time). Sources come in a fixed order: kind, then the nodes they concern.
 *
 * @param sources the sources that fired, in order
 */
public record FaultCoverage(List<Source> sources) {

    /** A run that counted nothing. */
    public static final FaultCoverage NONE = new FaultCoverage(List.of());

    /**
     * One fault source.
     *
     * @param order        where it sorts: its kind first, then its nodes
     * @param name         what it is, e.g. {@code loss on checkout->gateway}
     * @param fired        how often it fired
     * @param onBadMessage how many of the messages it touched ended lost or duplicated; -1 for a
     *                     source that touches no one message (or past the 32nd, which are not tracked)
     */
    public record Source(long order, String name, long fired, long onBadMessage) {
    }

    public FaultCoverage {
        sources = List.copyOf(sources);
    }

    /** The source called {@code name}, or null if it did not fire. */
    public Source source(String name) {
        for (Source s : sources) {
            if (s.name().equals(name)) {
                return s;
            }
        }
        return null;
    }

    /** The name prefix of dedup-window expiries, which an expectation metric counts. */
    public static final String DEDUP_WINDOW_EXPIRY = "dedup window expiry";

    /**
     * Only what expectation metrics read (the dedup-window expiries, summed into one source), or
     * {@link #NONE}: what a sweep keeps of each run once it has summed the rest, so a kept seed
     * stays small.
     */
    public FaultCoverage forMetrics() {
        long expired = firedStartingWith(DEDUP_WINDOW_EXPIRY);
        return expired == 0 ? NONE : new FaultCoverage(List.of(new Source(0, DEDUP_WINDOW_EXPIRY, expired, -1)));
    }

    /** How often the sources whose names start with {@code prefix} fired, together. */
    public long firedStartingWith(String prefix) {
        long n = 0;
        for (Source s : sources) {
            if (s.name().startsWith(prefix)) {
                n += s.fired();
            }
        }
        return n;
    }

    /** The names, in order. */
    public List<String> names() {
        List<String> out = new ArrayList<>();
        sources.forEach(s -> out.add(s.name()));
        return out;
    }
}
