package dsim.spec;

import java.util.List;

/**
 * What a scenario promises for one semantics: every check must hold in every run, each
 * {@code sometimes} check in at least one seed of a sweep (the rare path the scenario is about
 * must be met, or its other claims went untested), and each statistical check of the share of
 * messages over many seeds, with its confidence ({@code duplicated: "< 0.5% @95%"}).
 *
 * @param checks      the checks, in file order
 * @param sometimes   the checks that must hold in some seed, in file order
 * @param statistical the checks of a share over seeds, in file order: no single run judges them
 */
public record Expectation(List<Check> checks, List<Check> sometimes, List<Statistical> statistical) {

    public Expectation {
        checks = List.copyOf(checks);
        sometimes = List.copyOf(sometimes);
        statistical = List.copyOf(statistical);
    }

    /** Checks that must hold in every run, and nothing that must happen sometimes. */
    public Expectation(List<Check> checks) {
        this(checks, List.of(), List.of());
    }

    /** Checks that must hold in every run and checks that must hold in some seed; none over seeds. */
    public Expectation(List<Check> checks, List<Check> sometimes) {
        this(checks, sometimes, List.of());
    }

    /**
     * Whether a single run can break it: it has a per-run or a sometimes check, or nothing at all
     * (then a run that stops at a limit breaks it). One with only bounds over seeds is for
     * {@code dsim check} and {@code compare}: no run alone judges it.
     */
    public boolean judgesRuns() {
        return !checks.isEmpty() || !sometimes.isEmpty() || statistical.isEmpty();
    }

    /**
     * A bound on the share of messages a metric counts, not in one run but over the runs of
     * many seeds: the mean over seeds of each seed's {@code metric / produced} (which, every
     * seed producing the same messages, is the share of all their messages), e.g.
     * {@code duplicated < 0.5%} with 95% confidence. It is decided once a confidence interval
     * of that mean lies wholly inside the bound (it holds) or wholly outside it (it fails).
     *
     * @param check      the bound: a share of produced messages ({@code percent}), compared with
     *                   {@code <}, {@code <=}, {@code >} or {@code >=}; its text as the file wrote
     *                   it, confidence included
     * @param confidence the confidence of the decision, e.g. 0.95, between 0.5 and 1 (exclusive)
     */
    public record Statistical(Check check, double confidence) {
    }

    /**
     * One comparison of a run metric against a bound, e.g. {@code lost == 0} or
     * {@code duplicated > 0} or {@code lost <= 1%} (percent of produced).
     *
     * @param metric     the metric compared
     * @param comparison how it is compared
     * @param bound      the bound: a count, or a percentage of produced if {@code percent}
     * @param percent    true if the bound is a percentage of produced messages
     * @param text       the check as written in the file, e.g. "{@code > 0}", for messages
     */
    public record Check(Metric metric, Comparison comparison, double bound, boolean percent, String text) {
    }

    /** Metrics an expectation can bound. */
    public enum Metric {
        LOST("lost"),
        DUPLICATED("duplicated"),
        PROCESSED_ONCE("processed-once"),
        EXTRA_PROCESSINGS("extra-processings"),
        RETRIES("retries"),
        REDELIVERIES("redeliveries"),
        /** Lost messages that sit in a dead-letter queue. */
        DEAD_LETTERED("dead-lettered"),
        /** Lost messages that no dead-letter queue holds either. */
        UNRECOVERABLE("unrecoverable"),
        /** The 99th percentile of the time from creation to first processing; its bound is a duration. */
        P99_LATENCY("p99-latency"),
        /** The longest time from creation to first processing; its bound is a duration. */
        MAX_LATENCY("max-latency"),
        /** Node crashes. */
        CRASHES("crashes"),
        /** Messages whose producer exhausted its attempts without an ack. */
        GAVE_UP("gave-up"),
        /** Deliveries a dedup store (or an idempotent broker) skipped. */
        DEDUP_SKIPS("dedup-skips"),
        /** Times a dedup store or an idempotent broker no longer knew an id because its window had passed. */
        DEDUP_WINDOW_EXPIRED("dedup-window-expired");

        private final String id;

        Metric(String id) {
            this.id = id;
        }

        /** The kebab-case key used in scenario files. */
        public String id() {
            return id;
        }

        /**
         * Whether it counts messages, each at most once (a share of produced messages that a
         * statistical check can bound), rather than events such as retries or crashes.
         */
        public boolean countsMessages() {
            return this == LOST || this == DUPLICATED || this == PROCESSED_ONCE || this == DEAD_LETTERED
                    || this == UNRECOVERABLE || this == GAVE_UP;
        }

        /** Whether it is a time, bounded by a duration, rather than a count. */
        public boolean isLatency() {
            return this == P99_LATENCY || this == MAX_LATENCY;
        }

        @Override
        public String toString() {
            return id;
        }
    }

    /** How a metric is compared with its bound. */
    public enum Comparison {
        EQ("=="), LT("<"), LE("<="), GT(">"), GE(">=");

        private final String symbol;

        Comparison(String symbol) {
            this.symbol = symbol;
        }

        /** The operator as written in files. */
        public String symbol() {
            return symbol;
        }

        /** Whether {@code value} compared with {@code bound} holds. */
        public boolean holds(double value, double bound) {
            return switch (this) {
                case EQ -> value == bound;
                case LT -> value < bound;
                case LE -> value <= bound;
                case GT -> value > bound;
                case GE -> value >= bound;
            };
        }
    }
}
