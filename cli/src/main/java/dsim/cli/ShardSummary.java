package dsim.cli;

import dsim.report.ShellWords;
import dsim.sweep.Shard;
import java.nio.file.Path;

/**
 * What a shard prints instead of a summary: which seeds it ran, where its part is, and how to
 * merge the parts. No estimate: one shard's seeds are not the sweep, and a number from them
 * could be mistaken for the sweep's.
 */
final class ShardSummary {

    /** Seeds named before the list is cut short. */
    private static final int SHOWN = 3;

    private ShardSummary() {
    }

    /**
     * Prints the shard's lines.
     *
     * @param what    e.g. {@code compare payments}
     * @param points  the scenarios each seed ran: 1, or more with --vary
     * @param ran     the seeds the shard ran of each scenario: its share, or fewer if it stopped early
     * @param written the part file
     * @param dir     the --out folder as the user named it
     */
    static void print(Terminal t, String what, Shard shard, int seeds, long first, int points, int ran, Path written,
                      Path dir) {
        t.out().println(what + ", shard " + shard + ": ran " + ran + " of the " + Scenarios.count(seeds, "seed")
                + seeds(shard, first, ran) + (points > 1 ? " of each of " + points + " scenarios" : "")
                + "; a part of the sweep, not its result");
        t.out().println("wrote " + written);
        t.out().println("merge the " + Scenarios.count(shard.count(), "part") + ": " + Launcher.name() + " merge "
                + ShellWords.word(dir.toString()) + "/part-*-of-" + shard.count() + ".jsonl");
    }

    /** e.g. {@code  (42, 45, 48, ..., 141)}; empty when none ran. */
    private static String seeds(Shard shard, long first, int ran) {
        if (ran == 0) {
            return "";
        }
        StringBuilder b = new StringBuilder(" (");
        for (int k = 0; k < Math.min(ran, SHOWN); k++) {
            b.append(k > 0 ? ", " : "").append(Long.toUnsignedString(first + shard.seedIndex(k)));
        }
        if (ran > SHOWN) {
            b.append(ran > SHOWN + 1 ? ", ..., " : ", ").append(Long.toUnsignedString(first + shard.seedIndex(ran - 1)));
        }
        return b.append(')').toString();
    }
}
