package dsim.report.part;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dsim.report.Json;
import dsim.sweep.Shard;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * The first line of a part file: everything a merge needs besides the runs, and everything
 * that must be the same in every part of one sweep.
 *
 * @param version      the dsim version that ran the shard: another version may run a seed differently
 * @param command      {@code compare} or {@code hunt}
 * @param shard        which shard of how many
 * @param scenarioFile the scenario file as the shard's command line named it: a merge prints it where the
 *                     one-machine run would (replay lines, the report's command)
 * @param sha256       hex SHA-256 of the scenario file's bytes: what identifies the same scenario
 * @param scenarioText the scenario file's text, whole, so a part is all a merge needs
 * @param firstSeed    the sweep's first seed
 * @param seeds        the sweep's seeds, over all shards
 * @param points       how many scenarios the sweep ran each seed of: 1, plus one per {@code --vary} value
 *                     (or pair of values)
 * @param options      the command's other options that change results or output, by flag
 *                     (e.g. {@code --vary}, {@code --max-failures}); equal in every part
 */
public record PartHeader(String version, String command, Shard shard, String scenarioFile, String sha256,
                         String scenarioText, long firstSeed, int seeds, int points, ObjectNode options) {

    /** The format of part files this dsim writes and reads; another is refused by name. */
    static final int FORMAT = 1;

    public PartHeader {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(shard, "shard");
        Objects.requireNonNull(options, "options");
        options = options.deepCopy();
    }

    /** The options; a copy, so a header stays as it was written. */
    @Override
    public ObjectNode options() {
        return options.deepCopy();
    }

    /** The values of the option {@code flag}, e.g. every {@code --vary} given; empty if it was not. */
    public List<String> texts(String flag) throws PartException {
        JsonNode v = options.get(flag);
        List<String> out = new ArrayList<>();
        if (v == null) {
            return out;
        }
        if (!v.isArray()) {
            throw new PartException("options." + flag + ": expected an array of strings");
        }
        for (JsonNode e : v) {
            if (!e.isTextual()) {
                throw new PartException("options." + flag + ": expected an array of strings");
            }
            out.add(e.textValue());
        }
        return out;
    }

    /** The option {@code flag}'s count, e.g. {@code --max-failures}. */
    public int count(String flag) throws PartException {
        return Fields.count(options, flag);
    }

    /** Whether the switch {@code flag} was given, e.g. {@code --swarm}. */
    public boolean flag(String flag) throws PartException {
        return Fields.flag(options, flag);
    }

    /** Hex SHA-256 of {@code bytes}, as a scenario's source names the file it was read from. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    ObjectNode toNode() {
        ObjectNode o = Json.object();
        o.put("dsimPart", FORMAT);
        o.put("version", version);
        o.put("command", command);
        o.putObject("shard").put("index", shard.index()).put("count", shard.count());
        o.putObject("scenario").put("file", scenarioFile).put("sha256", sha256).put("text", scenarioText);
        o.putObject("sweep").put("firstSeed", firstSeed).put("seeds", seeds).put("points", points);
        o.set("options", options);
        return o;
    }

    static PartHeader of(JsonNode o) throws PartException {
        JsonNode format = o.get("dsimPart");
        if (format == null) {
            throw new PartException("not a part file of a sharded dsim sweep (its first line has no \"dsimPart\")");
        }
        if (!format.isInt() || format.intValue() != FORMAT) {
            throw new PartException("a part file of format " + format + "; this dsim reads format " + FORMAT);
        }
        JsonNode shard = Fields.object(o, "shard");
        int index = Fields.count(shard, "index");
        int count = Fields.count(shard, "count");
        if (count < 1 || index >= count) {
            throw new PartException("shard: " + index + "/" + count + " is no shard (0 <= index < count)");
        }
        JsonNode scenario = Fields.object(o, "scenario");
        JsonNode sweep = Fields.object(o, "sweep");
        int seeds = Fields.count(sweep, "seeds");
        int points = Fields.count(sweep, "points");
        if (seeds < 1 || points < 1) {
            throw new PartException("sweep: expected at least one seed and one point");
        }
        return new PartHeader(Fields.text(o, "version"), Fields.text(o, "command"), new Shard(index, count),
                Fields.text(scenario, "file"), Fields.text(scenario, "sha256"), Fields.text(scenario, "text"),
                Fields.whole(sweep, "firstSeed"), seeds, points, (ObjectNode) Fields.object(o, "options"));
    }
}
