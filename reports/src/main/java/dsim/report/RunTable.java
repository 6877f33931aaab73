package dsim.report;

import dsim.text.Durations;
import dsim.report.TextTable.Column;
import dsim.run.Drops;
import dsim.run.Queueing;
import dsim.run.RunResult;
import java.util.List;

/**
 * The text {@code dsim run} prints: a header naming the scenario, seed and messages, then two
 * tables with one row per semantics, what happened to the messages and what it cost, each
 * narrower than 100 columns. Numbers only: no colour, no lessons.
 */
public final class RunTable {

    private RunTable() {
    }

    /**
     * The table for the runs of one scenario and seed, in the order given; ends with a newline.
     * The header counts the messages the runs produced.
     */
    public static String render(List<RunResult> results) {
        return render(results, produced(results));
    }

    /**
     * The table, with a header naming {@code messages}: what the scenario creates, which a run
     * stopped by a limit may not have reached.
     */
    public static String render(List<RunResult> results, long messages) {
        if (results.isEmpty()) {
            throw new IllegalArgumentException("no runs to show");
        }
        StringBuilder out = new StringBuilder();
        out.append(header(results.get(0), messages)).append("\n\n");
        messages(results).render(out);
        out.append('\n');
        costs(results).render(out);
        if (results.stream().anyMatch(r -> r.queueing().any())) {
            out.append('\n');
            queueing(results).render(out);
        }
        if (results.stream().anyMatch(r -> r.deadLettered() > 0)) {
            out.append('\n');
            deadLetters(results).render(out);
        }
        return out.toString();
    }

    /** e.g. {@code scenario password-reset, seed 42, 5000 messages}; seeds print unsigned, as typed. */
    static String header(RunResult first, long messages) {
        return "scenario " + first.scenario() + ", seed " + Long.toUnsignedString(first.seed()) + ", " + messages
                + (messages == 1 ? " message" : " messages");
    }

    private static long produced(List<RunResult> results) {
        long most = 0;
        for (RunResult r : results) {
            most = Math.max(most, r.produced());
        }
        return most;
    }

    /** Per semantics: the tally (lost, once, duplicated), latency and outcome. */
    private static TextTable messages(List<RunResult> results) {
        TextTable t = new TextTable(List.of(
                Column.left("semantics"), Column.right("produced"),
                Column.right("lost"), Column.tight("%"),
                Column.right("once"), Column.tight("%"),
                Column.right("duplicated"), Column.tight("%"),
                Column.right("extra"), Column.right("p50"), Column.right("p99"), Column.left("outcome")));
        for (RunResult r : results) {
            boolean measured = r.latency().count() > 0;
            t.row(r.semantics().id(), Long.toString(r.produced()),
                    Long.toString(r.lost()), Numbers.percent(r.lost(), r.produced()),
                    Long.toString(r.processedOnce()), Numbers.percent(r.processedOnce(), r.produced()),
                    Long.toString(r.duplicated()), Numbers.percent(r.duplicated(), r.produced()),
                    Long.toString(r.extraProcessings()),
                    measured ? Durations.compact(r.latency().p50Nanos()) : "-",
                    measured ? Durations.compact(r.latency().p99Nanos()) : "-",
                    r.outcome().id());
        }
        return t;
    }

    /** Per semantics, when anything waited: for a worker (how many, how long) and the longest backlog. */
    private static TextTable queueing(List<RunResult> results) {
        TextTable t = new TextTable(List.of(
                Column.left("semantics"), Column.right("waited"),
                Column.right("mean wait"), Column.right("max wait"), Column.right("longest backlog")));
        for (RunResult r : results) {
            Queueing q = r.queueing();
            t.row(r.semantics().id(), Long.toString(q.waited()),
                    Durations.compact(q.meanWaitNanos()), Durations.compact(q.maxWaitNanos()),
                    Long.toString(q.longestBacklog()));
        }
        return t;
    }

    /** Per semantics, when a broker dead-lettered any: how many of the lost a person can still recover there. */
    private static TextTable deadLetters(List<RunResult> results) {
        TextTable t = new TextTable(List.of(
                Column.left("semantics"), Column.right("lost"), Column.right("in a dead-letter queue"),
                Column.right("unrecoverable")));
        for (RunResult r : results) {
            t.row(r.semantics().id(), Long.toString(r.lost()), Long.toString(r.deadLettered()),
                    Long.toString(r.lost() - r.deadLettered()));
        }
        return t;
    }

    /** Per semantics: packets sent and dropped, and the work recovery took. */
    private static TextTable costs(List<RunResult> results) {
        TextTable t = new TextTable(List.of(
                Column.left("semantics"),
                Column.right("sent"), Column.right("/msg"), Column.right("copied"),
                Column.right("loss"), Column.right("outage"), Column.right("down"),
                Column.right("retries"), Column.right("redeliv"), Column.right("gave-up"),
                Column.right("dedup"), Column.right("crashes")));
        t.group(1, 3, "packets").group(4, 6, "dropped");
        for (RunResult r : results) {
            Drops d = r.drops();
            t.row(r.semantics().id(),
                    Long.toString(r.sent()), Numbers.fixed(r.packetsPerMessage(), 2), Long.toString(r.linkDuplicates()),
                    Long.toString(d.linkLoss()), Long.toString(d.outage()), Long.toString(d.nodeDown()),
                    Long.toString(r.retries()), Long.toString(r.redeliveries()), Long.toString(r.gaveUp()),
                    Long.toString(r.dedupSuppressed()), Long.toString(r.crashes()));
        }
        return t;
    }
}
