package dsim.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dsim.report.Json;
import dsim.report.part.PartHeader;
import dsim.spec.Scenario;
import dsim.sweep.Shard;
import dsim.sweep.Sweep;
import dsim.text.Echo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * {@code dsim compare --shard I/N}: runs this shard's seeds of every scenario the compare sweeps
 * (the file's, then each --vary value's) and writes their runs, whole, as a part file. It prints
 * no estimate: a shard's seeds are a sample of the sweep's, and only the merge of every part is
 * the compare's result.
 *
 * @param file  the scenario file as the user typed it
 * @param shard which shard this is
 * @param seeds the whole sweep's seeds
 * @param start the sweep's first seed
 * @param vary  the --vary options as typed
 * @param force write into a folder that holds other files
 */
record CompareShard(Path file, Shard shard, int seeds, long start, List<String> vary, boolean force) {

    /** Runs the shard of {@code scenario} and {@code variants} and writes its part into {@code dir}; the exit code. */
    int run(Terminal t, Scenario scenario, List<Scenario> variants, int workers, Path dir) {
        String refusal = OutputFolder.refusal(dir, name -> PartFile.isPart(name, shard.count()), force);
        if (refusal != null) {
            t.err().println("dsim compare: " + refusal);
            return ExitCode.USAGE;
        }
        List<Scenario> points = new ArrayList<>(List.of(scenario));
        points.addAll(variants);
        int mine = shard.size(seeds);
        // The runs go to the file as they come: nothing is kept but the workers' own runs.
        int fitting = HeapCheck.workers(points, file, Math.max(1, Math.min(workers, mine)), 0, 0,
                Runtime.getRuntime().maxMemory(), t.err());
        if (fitting == 0) {
            return ExitCode.USAGE;
        }
        ObjectNode options = Json.object();
        vary.forEach(options.putArray("--vary")::add);
        PartHeader header;
        try {
            header = PartFile.header("compare", shard, file, scenario, start, seeds, points.size(), options);
        } catch (IOException e) {
            t.err().println("dsim compare: " + Echo.of(file) + ": " + FileErrors.reason(e));
            return ExitCode.USAGE;
        }
        Path written;
        try {
            Progress progress = Progress.onTerminal(t.err(), "compare " + scenario.name() + " shard " + shard,
                    mine * points.size());
            written = PartFile.write(dir, header, part -> {
                for (int p = 0; p < points.size(); p++) {
                    int point = p;
                    int before = p * mine;
                    IntConsumer done = progress == null ? null : n -> progress.accept(before + n);
                    Sweep.stream(seed -> points.get(point), points.get(point).semantics(), start, seeds, shard,
                            fitting, runs -> {
                                try {
                                    part.seed(point, runs);
                                } catch (IOException e) {
                                    throw new UncheckedIOException(e);
                                }
                                return true;
                            }, done);
                }
                if (progress != null) {
                    progress.finish();
                }
                return false;
            });
        } catch (IOException e) {
            t.err().println("dsim compare: cannot write the part to " + Echo.of(dir) + ": " + FileErrors.reason(e));
            return ExitCode.USAGE;
        }
        ShardSummary.print(t, "compare " + scenario.name(), shard, seeds, start, points.size(), mine, written, dir);
        return ExitCode.OK;
    }
}
