package dsim.report.part;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dsim.run.RunResult;
import dsim.text.Echo;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a part file line by line: its header on opening, then one seed's record at a time, so a
 * merge holds one seed of each part, never a part whole. Every problem is a {@link PartException}
 * that names the file and the line.
 */
final class PartReader implements Closeable {

    /** One seed of the part: its runs of the sweep's {@code point}-th scenario. */
    record Record(int point, long seed, List<RunResult> runs) {
    }

    /** Strict: a key twice or anything after a line's value means the file is not one dsim wrote. */
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private final String name;
    private final BufferedReader in;
    private final PartHeader header;
    private int line;
    private long records;
    private boolean ended;
    private boolean stopped;

    private PartReader(String name, BufferedReader in) throws PartException {
        this.name = name;
        this.in = in;
        JsonNode first = nextLine();
        if (first == null) {
            throw problem("the file is empty: not a part file of a sharded dsim sweep");
        }
        try {
            header = PartHeader.of(first);
        } catch (PartException e) {
            throw problem(e.getMessage());
        }
    }

    /** Opens {@code file} and reads its header. */
    static PartReader open(Path file) throws PartException {
        String name = Echo.of(file);
        BufferedReader in;
        try {
            if (Files.isDirectory(file)) {
                throw new PartException(name + ": is a folder, not a part file");
            }
            // Strict UTF-8: a part is dsim's own ASCII, so any other byte means a damaged file.
            in = new BufferedReader(new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8
                    .newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)), 1 << 16);
        } catch (NoSuchFileException e) {
            throw new PartException(name + ": no such file");
        } catch (IOException e) {
            throw new PartException(name + ": cannot read the file: " + reason(e));
        }
        try {
            return new PartReader(name, in);
        } catch (PartException e) {
            closeQuietly(in);
            throw e;
        }
    }

    /** The file as the user named it, for messages. */
    String name() {
        return name;
    }

    PartHeader header() {
        return header;
    }

    /** The next seed of the part, or null once its last line (which says it is whole) is read. */
    Record next() throws PartException {
        if (ended) {
            return null;
        }
        JsonNode o = nextLine();
        if (o == null) {
            throw problem("the file ends without its last line: the part was cut short (a copy that did not finish?)");
        }
        try {
            if (o.has("end")) {
                end(o);
                return null;
            }
            JsonNode runs = Fields.array(o, "runs");
            List<RunResult> read = new ArrayList<>(runs.size());
            for (JsonNode r : runs) {
                read.add(RunCodec.read(r));
            }
            records++;
            return new Record(Fields.count(o, "point"), Fields.whole(o, "seed"), read);
        } catch (PartException e) {
            throw problem(e.getMessage());
        }
    }

    /** Whether the part said it stopped before its last seed (a hunt at its own --max-failures). */
    boolean stopped() {
        return stopped;
    }

    /** Seed records read so far. */
    long records() {
        return records;
    }

    /** An error about the line just read, e.g. {@code parts/part-1-of-3.jsonl:12: ...}. */
    PartException problem(String what) {
        return new PartException(name + ":" + line + ": " + what);
    }

    private void end(JsonNode o) throws PartException {
        long said = Fields.whole(o, "records");
        if (said != records) {
            throw new PartException("the last line counts " + said + " seed records, the file holds " + records);
        }
        stopped = Fields.flag(o, "stopped");
        ended = true;
        if (nextLine() != null) {
            throw new PartException("a line after the part's last line");
        }
    }

    private JsonNode nextLine() throws PartException {
        String text;
        try {
            text = in.readLine();
        } catch (IOException e) {
            throw new PartException(name + ": cannot read the file: " + reason(e));
        }
        if (text == null) {
            return null;
        }
        line++;
        try {
            JsonNode node = JSON.readTree(text);
            if (node == null || !node.isObject()) {
                throw problem("expected a JSON object on each line of a part file");
            }
            return node;
        } catch (JacksonException e) {
            throw problem("not JSON: " + Echo.of(e.getOriginalMessage()));
        }
    }

    @Override
    public void close() {
        closeQuietly(in);
    }

    private static void closeQuietly(Closeable c) {
        try {
            c.close();
        } catch (IOException e) {
            // only read from: nothing was lost
        }
    }

    private static String reason(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : Echo.of(e.getMessage());
    }
}
