package dsim.compare;

import dsim.model.FaultSources;
import dsim.run.FaultCoverage;
import dsim.run.RunResult;
import dsim.spec.Scenario;
import dsim.spec.Semantics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Fault coverage over many seeds of one semantics: per source the scenario sets up (and any
 * other that fired, such as a loss in a crash), how often it fired, in how many seeds, and how
 * many of the messages it touched ended lost or duplicated (summed over seeds).
 *
 * @param semantics the semantics
 * @param seeds     how many seeds were counted
 * @param sources   one row per source, in report order
 */
public record CoverageTally(Semantics semantics, int seeds, List<Row> sources) {

    /**
     * One source over the seeds.
     *
     * @param name         e.g. {@code outage on gateway->ledger}
     * @param expected     whether the scenario sets it up (else it fired as a consequence)
     * @param fired        firings over all seeds
     * @param seedsFired   seeds in which it fired at least once
     * @param onBadMessage messages it touched that ended lost or duplicated, summed over seeds; -1 if it
     *                     touches no one message
     */
    public record Row(String name, boolean expected, long fired, int seedsFired, long onBadMessage) {

        /** Whether the scenario set it up and no seed ever met it. */
        public boolean neverFired() {
            return expected && fired == 0;
        }
    }

    public CoverageTally {
        sources = List.copyOf(sources);
    }

    /** The tally of {@code runs}, all of {@code semantics}. */
    public static CoverageTally of(Scenario scenario, Semantics semantics, List<RunResult> runs) {
        Builder b = new Builder(scenario, semantics);
        runs.forEach(r -> b.add(r.coverage()));
        return b.build();
    }

    /** Sums the coverage of runs as a sweep hands them over. */
    public static final class Builder {
        private final Semantics semantics;
        private final List<Acc> acc = new ArrayList<>();
        /** The same rows by name: a scenario of 20,000 links has 40,000 sources. */
        private final Map<String, Acc> byName = new TreeMap<>();
        private int seeds;

        public Builder(Scenario scenario, Semantics semantics) {
            this.semantics = semantics;
            for (FaultCoverage.Source s : FaultSources.sources(scenario, semantics)) {
                add(new Acc(s.order(), s.name(), true));
            }
        }

        /** Adds one seed's run. */
        public void add(FaultCoverage coverage) {
            seeds++;
            for (FaultCoverage.Source s : coverage.sources()) {
                Acc a = byName.get(s.name());
                if (a == null) {
                    a = add(new Acc(s.order(), s.name(), false));
                }
                a.fired += s.fired();
                a.seeds++;
                if (s.onBadMessage() >= 0) {
                    a.bad = Math.max(0, a.bad) + s.onBadMessage();
                }
            }
        }

        private Acc add(Acc a) {
            acc.add(a);
            byName.put(a.name, a);
            return a;
        }

        public CoverageTally build() {
            List<Acc> sorted = new ArrayList<>(acc);
            sorted.sort(Comparator.comparingLong((Acc a) -> a.order).thenComparing(a -> a.name));
            List<Row> rows = new ArrayList<>();
            for (Acc a : sorted) {
                rows.add(new Row(a.name, a.expected, a.fired, a.seeds, a.bad));
            }
            return new CoverageTally(semantics, seeds, rows);
        }
    }

    /** The rows of sources the scenario set up that never fired. */
    public List<Row> neverFired() {
        return sources.stream().filter(Row::neverFired).toList();
    }

    /** A row being summed. */
    private static final class Acc {
        final long order;
        final String name;
        final boolean expected;
        long fired;
        int seeds;
        long bad = -1;

        Acc(long order, String name, boolean expected) {
            this.order = order;
            this.name = name;
            this.expected = expected;
        }
    }
}
