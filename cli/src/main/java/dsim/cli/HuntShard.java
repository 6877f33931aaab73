package dsim.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dsim.check.Hunt;
import dsim.check.Swarm;
import dsim.report.Json;
import dsim.report.part.PartHeader;
import dsim.spec.Scenario;
import dsim.spec.Semantics;
import dsim.sweep.Shard;
import dsim.sweep.Sweep;
import dsim.text.Echo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code dsim hunt --shard I/N}: runs this shard's seeds and writes their runs as a part file,
 * stopping, as the whole hunt would, after the seed on which its own {@code --max-failures}-th
 * broken run was found: the merged hunt stops no later than that seed, since the other shards'
 * seeds can only bring its failures sooner. It explains no failure and prints no rate: the merge
 * does, from every shard's part, exactly as one machine would have.
 *
 * @param file        the scenario file as the user typed it
 * @param shard       which shard this is
 * @param seeds       the whole hunt's seeds
 * @param first       the hunt's first seed
 * @param chosen      the semantics asked for (hunted, and those without an expect, named in the header)
 * @param maxFailures the hunt's --max-failures
 * @param swarm       whether each seed runs the scenario swarm testing draws for it
 */
record HuntShard(Path file, Shard shard, int seeds, long first, List<Semantics> chosen, int maxFailures,
                 boolean swarm) {

    /** Runs the shard under each of {@code hunted} and writes its part into {@code dir}; the exit code. */
    int run(Terminal t, Scenario scenario, List<Semantics> hunted, int workers, Path dir) {
        String refusal = OutputFolder.refusal(dir, name -> PartFile.isPart(name, shard.count()), false);
        if (refusal != null) {
            t.err().println("dsim hunt: " + refusal);
            return ExitCode.USAGE;
        }
        ObjectNode options = Json.object();
        ArrayNode semantics = options.putArray("--semantics");
        chosen.forEach(s -> semantics.add(s.id()));
        options.put("--max-failures", maxFailures);
        options.put("--swarm", swarm);
        PartHeader header;
        try {
            header = PartFile.header("hunt", shard, file, scenario, first, seeds, 1, options);
        } catch (IOException e) {
            t.err().println("dsim hunt: " + Echo.of(file) + ": " + FileErrors.reason(e));
            return ExitCode.USAGE;
        }
        int mine = shard.size(seeds);
        AtomicInteger ran = new AtomicInteger();
        Path written;
        try {
            Progress progress = Progress.onTerminal(t.err(), "hunt " + scenario.name() + " shard " + shard, mine);
            written = PartFile.write(dir, header, part -> {
                // The shard's own hunt, told no failure: it only says when to stop.
                Hunt.Result result = Hunt.of(scenario, hunted, mine, maxFailures, swarm, onSeed -> Sweep.stream(
                        seed -> swarm ? Swarm.draw(scenario, seed).scenario() : scenario, hunted, first, seeds, shard,
                        workers, runs -> {
                            try {
                                part.seed(0, runs.withoutDistributions());
                            } catch (IOException e) {
                                throw new UncheckedIOException(e);
                            }
                            return onSeed.test(runs);
                        }, progress), failure -> { });
                if (progress != null) {
                    progress.finish();
                }
                ran.set(result.examined());
                return result.stopped();
            });
        } catch (IOException e) {
            t.err().println("dsim hunt: cannot write the part to " + Echo.of(dir) + ": " + FileErrors.reason(e));
            return ExitCode.USAGE;
        }
        ShardSummary.print(t, "hunt " + scenario.name(), shard, seeds, first, 1, ran.get(), written, dir);
        return ExitCode.OK;
    }
}
