package dsim.compare;

import dsim.run.RunResult;

import static dsim.compare.Metric.Units.PER_100;

import java.util.List;
import java.util.function.ToDoubleFunction;

/** A per-run number that a comparison summarises over seeds, with its unit. */
public enum Metric {
    LOST("lost", "%", r -> share(r.lost(), r)),
    PROCESSED_ONCE("processed once", "%", r -> share(r.processedOnce(), r)),
    DUPLICATED("duplicated", "%", r -> share(r.duplicated(), r)),
    EXTRA_PROCESSINGS("extra processings", "%", r -> share(r.extraProcessings(), r)),
    PACKETS_PER_MESSAGE("packets per message", "", RunResult::packetsPerMessage),
    /** In a summary, the percentile of every latency of every seed pooled (see {@code Comparisons}). */
    LATENCY_P50("latency p50", "ms", r -> r.latency().p50Nanos() / 1e6),
    LATENCY_P90("latency p90", "ms", r -> r.latency().p90Nanos() / 1e6),
    LATENCY_P99("latency p99", "ms", r -> r.latency().p99Nanos() / 1e6),
    /** The lost that sit in a dead-letter queue: a share of produced, at most the lost share. */
    DEAD_LETTERED("dead-lettered", "%", r -> share(r.deadLettered(), r)),
    // The mechanism: what each semantics did to get its outcome, per 100 messages produced.
    RETRIES("producer resends", PER_100, r -> share(r.retries(), r)),
    REDELIVERIES("broker redeliveries", PER_100, r -> share(r.redeliveries(), r)),
    DEDUP_SKIPS("deliveries skipped by the dedup store", PER_100, r -> share(r.dedupSuppressed(), r)),
    DROPPED_BY_LOSS("packets lost on links", PER_100, r -> share(r.drops().linkLoss(), r)),
    DROPPED_IN_OUTAGES("packets dropped in outages", PER_100, r -> share(r.drops().outage(), r)),
    DROPPED_AT_DOWN_NODES("packets dropped at a crashed node", PER_100, r -> share(r.drops().nodeDown(), r)),
    LINK_COPIES("packets copied by links", PER_100, r -> share(r.linkDuplicates(), r)),
    CRASHES("crashes", PER_100, r -> share(r.crashes(), r)),
    GAVE_UP("messages whose retries ran out", PER_100, r -> share(r.gaveUp(), r));

    /** The percentile a latency metric reads (0.5 for p50), or 0 for a metric that is no latency percentile. */
    public double quantile() {
        return switch (this) {
            case LATENCY_P50 -> 0.50;
            case LATENCY_P90 -> 0.90;
            case LATENCY_P99 -> 0.99;
            default -> 0;
        };
    }

    /** Whether it counts the mechanism behind the outcomes (per 100 messages produced) rather than an outcome. */
    public boolean isMechanism() {
        return unit.equals(PER_100);
    }

    /** Whether it is a share of produced messages, which cannot pass 100%. */
    public boolean isShare() {
        return this == LOST || this == PROCESSED_ONCE || this == DUPLICATED || this == DEAD_LETTERED;
    }

    /** Whether a report shows it for these summaries' values: a metric most scenarios never have is shown when some run has it. */
    public boolean shownFor(List<Double> values) {
        return this != DEAD_LETTERED && !isMechanism() || values.stream().anyMatch(v -> v > 0);
    }

    private final String label;
    private final String unit;
    private final ToDoubleFunction<RunResult> extractor;

    Metric(String label, String unit, ToDoubleFunction<RunResult> extractor) {
        this.label = label;
        this.unit = unit;
        this.extractor = extractor;
    }

    /** Human label, e.g. "lost". */
    public String label() {
        return label;
    }

    /** Unit names an enum constant can use (its own static fields are not yet set when constants are made). */
    static final class Units {
        /** Events per 100 messages produced. */
        static final String PER_100 = "per 100 messages";

        private Units() {
        }
    }

    /** Unit of the value: "%" (of produced messages), "ms", "per 100 messages", or "" for a plain ratio. */
    public String unit() {
        return unit;
    }

    /** A stable machine key, e.g. "lost", "processedOnce", "latencyP99". */
    public String key() {
        StringBuilder b = new StringBuilder();
        boolean up = false;
        for (char ch : name().toLowerCase(java.util.Locale.ROOT).toCharArray()) {
            if (ch == '_') {
                up = true;
            } else {
                b.append(up ? Character.toUpperCase(ch) : ch);
                up = false;
            }
        }
        return b.toString();
    }

    /** The value of this metric in one run. */
    public double of(RunResult r) {
        return extractor.applyAsDouble(r);
    }

    private static double share(long count, RunResult r) {
        return r.produced() == 0 ? 0 : 100.0 * count / r.produced();
    }
}
