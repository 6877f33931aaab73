package dsim.report.catalog;

import dsim.report.Numbers;
import dsim.run.Outcome;
import dsim.run.RunResult;
import java.util.ArrayList;
import java.util.List;

/** The figures of a scenario's runs: a Markdown table per side, and a one-cell summary for the claims table. */
final class Figures {

    private static final String HEADER = "| semantics | lost | dead-lettered | duplicated | processed once "
            + "| extra processings | packets per message | crashes | skipped by dedup |\n"
            + "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n";

    private Figures() {
    }

    /** One row per run: the tally, what it cost in packets, and the crashes and dedups behind it. */
    static String table(List<RunResult> runs) {
        StringBuilder b = new StringBuilder(HEADER);
        for (RunResult r : runs) {
            b.append("| ").append(semantics(r))
                    .append(" | ").append(share(r.lost(), r.produced()))
                    .append(" | ").append(r.deadLettered())
                    .append(" | ").append(share(r.duplicated(), r.produced()))
                    .append(" | ").append(share(r.processedOnce(), r.produced()))
                    .append(" | ").append(r.extraProcessings())
                    .append(" | ").append(Numbers.fixed(r.packetsPerMessage(), 2))
                    .append(" | ").append(r.crashes())
                    .append(" | ").append(r.dedupSuppressed())
                    .append(" |\n");
        }
        return b.toString();
    }

    /**
     * Lost and duplicated per semantics, e.g. {@code at-most-once 40 / 0; at-least-once 0 / 34}, and
     * how many of the lost a dead-letter queue holds, e.g. {@code 16 (16 dead-lettered) / 0}.
     * ASCII, as all the catalog.
     */
    static String summary(List<RunResult> runs) {
        List<String> parts = new ArrayList<>();
        for (RunResult r : runs) {
            String dead = r.deadLettered() > 0 ? " (" + r.deadLettered() + " dead-lettered)" : "";
            parts.add(semantics(r) + " " + r.lost() + dead + " / " + r.duplicated());
        }
        return String.join("; ", parts);
    }

    /** The semantics, marked when its run stopped at a limit: its figures are of an unfinished run. */
    private static String semantics(RunResult r) {
        String id = r.semantics().id();
        return r.outcome() == Outcome.COMPLETED ? id : id + " (stopped at " + r.outcome().id() + ")";
    }

    /** A count with its share of produced, e.g. {@code 40 (1.1%)}; a zero stays bare. */
    private static String share(long count, long produced) {
        return count == 0 ? "0" : count + " (" + Numbers.percent(count, produced) + ")";
    }
}
