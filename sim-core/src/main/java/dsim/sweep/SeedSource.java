package dsim.sweep;

import java.util.function.Predicate;

/**
 * Where a summary's seeds come from, each seed's runs in seed order: a {@link Sweep} that runs
 * them, or the part files of a sharded sweep read back. Summaries take one of these rather than
 * running seeds themselves, so a merged sweep is summarised by the very code that summarises a
 * sweep run on one machine.
 */
@FunctionalInterface
public interface SeedSource {

    /**
     * Hands each seed's runs to {@code onSeed} in seed order until it returns false or the
     * seeds run out.
     *
     * @return how many seeds {@code onSeed} was told
     */
    int stream(Predicate<SeedRuns> onSeed);
}
