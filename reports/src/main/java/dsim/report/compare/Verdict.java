package dsim.report.compare;

import dsim.compare.Comparison;
import dsim.compare.Metric;
import dsim.compare.SemanticsSummary;
import dsim.spec.CostsSpec;
import dsim.stats.Estimate;

import java.util.ArrayList;
import java.util.List;

/** The plain-words verdict of a comparison, shared by the Markdown and HTML reports. */
public final class Verdict {

    private Verdict() {
    }

    /** The sentences of the verdict, plain text without markup. */
    public static List<String> sentences(Comparison c) {
        List<String> out = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        for (SemanticsSummary s : c.summaries()) {
            parts.add(outcome(s, c.seeds()));
        }
        out.add("Over " + seedsWord(c.seeds()) + " of " + Format.count(c.scenario().totalMessages()) + " messages: "
                + String.join("; ", parts) + ".");
        for (SemanticsSummary s : c.summaries()) {
            if (s.runsHitLimit() > 0) {
                out.add("\u26a0 " + s.runsHitLimit() + " of " + c.seeds() + " runs of " + s.semantics().id()
                        + " stopped at a limit before finishing; their tallies describe unfinished runs.");
            }
        }
        out.add(cheapest(c));
        return out;
    }

    /** The verdict as one paragraph. */
    static String paragraph(Comparison c) {
        return String.join(" ", sentences(c));
    }

    /** What one semantics lost and duplicated, e.g. "at-most-once lost 2.44% [2.30, 2.58] of messages". */
    static String outcome(SemanticsSummary s, int seeds) {
        Estimate lost = s.metric(Metric.LOST);
        Estimate dup = s.metric(Metric.DUPLICATED);
        String name = s.semantics().id();
        // Shares are never negative, so a mean of 0 means no seed lost (or duplicated) anything.
        boolean noLoss = lost.value() == 0;
        boolean noDup = dup.value() == 0;
        if (noLoss && noDup) {
            return name + " processed every message exactly once in " + seedsWord(seeds);
        }
        if (noLoss) {
            return name + " lost none in " + seedsWord(seeds) + " but processed "
                    + Format.estimate(Metric.DUPLICATED, dup) + " of messages more than once";
        }
        Estimate dead = s.metric(Metric.DEAD_LETTERED);
        String lostText = name + " lost " + Format.estimate(Metric.LOST, lost) + " of messages"
                + (dead.value() > 0 ? " (" + Format.estimate(Metric.DEAD_LETTERED, dead) + " in a dead-letter queue)" : "");
        if (noDup) {
            return lostText + " and processed none twice";
        }
        return lostText + " and processed " + Format.estimate(Metric.DUPLICATED, dup) + " more than once";
    }

    /** The recommendation by cost, or a plain note that there are no costs. */
    static String cheapest(Comparison c) {
        CostsSpec costs = c.scenario().costs();
        if (costs == null || c.cheapest() == null) {
            return "No costs were given, so no semantics is recommended: add a costs section (lost, duplicate, packet)"
                    + " to have the cheapest named.";
        }
        SemanticsSummary best = c.summary(c.cheapest());
        Estimate e = best.costPer1000();
        StringBuilder b = new StringBuilder("Cheapest at these costs (" + costsText(costs) + "): "
                + best.semantics().id() + " (" + Format.num(e.value()) + " per 1,000 messages "
                + Format.interval(e.lower(), e.upper()) + ")");
        List<String> ties = new ArrayList<>();
        for (SemanticsSummary s : c.summaries()) {
            if (s != best && s.costPer1000() != null && s.costPer1000().lower() <= e.upper()) {
                ties.add(s.semantics().id());
            }
        }
        if (!ties.isEmpty()) {
            b.append(", though its interval overlaps ").append(String.join(" and ", ties))
                    .append("'s, so the difference may be luck");
        }
        return b.append('.').toString();
    }

    /** e.g. "lost message 10, extra processing 1, packet 0.01", and a dead-lettered one's price where it differs. */
    static String costsText(CostsSpec costs) {
        String dead = costs.deadLettered() == costs.lost() ? ""
                : ", dead-lettered message " + Format.plain(costs.deadLettered());
        return "lost message " + Format.plain(costs.lost()) + dead + ", extra processing "
                + Format.plain(costs.duplicate()) + ", packet " + Format.plain(costs.packet());
    }

    private static String seedsWord(int seeds) {
        return seeds == 1 ? "1 seed" : seeds + " seeds";
    }
}
