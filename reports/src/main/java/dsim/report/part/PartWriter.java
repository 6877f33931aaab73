package dsim.report.part;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dsim.report.Json;
import dsim.run.RunResult;
import dsim.sweep.SeedRuns;
import java.io.IOException;
import java.io.Writer;

/**
 * Writes a part file as JSON Lines: the {@link PartHeader}, one line per seed (each run of it,
 * exact), and a last line that says the part is whole. Line by line, as the shard's sweep hands
 * the seeds over, so a part of a million seeds is never held in memory.
 */
public final class PartWriter {

    private final Writer out;
    private long records;

    /** A part written to {@code out}, starting with {@code header}. */
    public PartWriter(Writer out, PartHeader header) throws IOException {
        this.out = out;
        line(header.toNode());
    }

    /** The runs of one seed of the sweep's {@code point}-th scenario (0: as the file says it; then each --vary value). */
    public void seed(int point, SeedRuns seed) throws IOException {
        ObjectNode o = Json.object();
        o.put("point", point);
        o.put("seed", seed.seed());
        ArrayNode runs = o.putArray("runs");
        for (RunResult r : seed.runs()) {
            runs.add(RunCodec.write(r));
        }
        line(o);
        records++;
    }

    /**
     * Ends the part. {@code stopped}: the shard stopped before its last seed, as a hunt does at
     * its {@code --max-failures}; the merge then needs none of the seeds it left out.
     */
    public void end(boolean stopped) throws IOException {
        ObjectNode o = Json.object();
        o.put("end", true);
        o.put("records", records);
        o.put("stopped", stopped);
        line(o);
    }

    private void line(ObjectNode node) throws IOException {
        out.write(Json.line(node));
        out.write('\n');
    }
}
