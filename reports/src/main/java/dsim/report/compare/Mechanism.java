package dsim.report.compare;

import dsim.compare.Comparison;
import dsim.compare.Metric;
import dsim.compare.SemanticsSummary;
import dsim.spec.Semantics;
import java.util.ArrayList;
import java.util.List;

/**
 * Why the semantics differ, in counts: the resends, redeliveries, dedup skips, drops and
 * crashes behind each outcome, per 100 messages produced, and the sentence that ties
 * exactly-once's dedup skips to at-least-once's duplicates.
 */
final class Mechanism {

    private Mechanism() {
    }

    /** The mechanism metrics some semantics of {@code c} counted at all, in metric order. */
    static List<Metric> shown(Comparison c) {
        List<Metric> out = new ArrayList<>();
        for (Metric m : Metric.values()) {
            if (m.isMechanism() && m.shownFor(c.summaries().stream().map(s -> s.metric(m).value()).toList())) {
                out.add(m);
            }
        }
        return out;
    }

    /** One row per shown metric: its label, then each semantics' mean and interval. */
    static List<List<String>> rows(Comparison c) {
        List<List<String>> rows = new ArrayList<>();
        for (Metric m : shown(c)) {
            List<String> row = new ArrayList<>(List.of(m.label()));
            c.summaries().forEach(s -> row.add(Format.estimate(m, s.metric(m))));
            rows.add(row);
        }
        return rows;
    }

    /**
     * "exactly-once's dedup store skipped 2.26 [...] deliveries per 100 messages, and
     * at-least-once processed 2.22% [...] of messages more than once: ..." where both ran and
     * the store skipped something; null otherwise.
     */
    static String tie(Comparison c) {
        SemanticsSummary once = c.summary(Semantics.EXACTLY_ONCE);
        SemanticsSummary least = c.summary(Semantics.AT_LEAST_ONCE);
        if (once == null || least == null || once.metric(Metric.DEDUP_SKIPS).value() == 0) {
            return null;
        }
        return "Exactly-once is at-least-once plus a dedup store: its store skipped "
                + Format.estimate(Metric.DEDUP_SKIPS, once.metric(Metric.DEDUP_SKIPS))
                + " deliveries per 100 messages, where at-least-once, on the same faults, processed "
                + Format.estimate(Metric.DUPLICATED, least.metric(Metric.DUPLICATED))
                + " of messages more than once (" + Format.estimate(Metric.EXTRA_PROCESSINGS,
                least.metric(Metric.EXTRA_PROCESSINGS)) + " extra processings).";
    }
}
