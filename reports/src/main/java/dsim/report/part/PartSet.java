package dsim.report.part;

import dsim.run.RunResult;
import dsim.spec.Semantics;
import dsim.sweep.SeedRuns;
import dsim.sweep.SeedSource;
import dsim.sweep.Shard;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The part files given to a merge, checked to be one sweep, whole: the same scenario (by the
 * SHA-256 of its bytes), dsim version, command and options in every part, and exactly one part
 * of each shard. Their seeds are then read back in seed order, each from the part of the shard
 * that ran it, and checked as they come: a seed missing, repeated or out of place is an error
 * naming the file and the line.
 */
public final class PartSet {

    private final List<Path> files;
    private final PartHeader header;
    /** The part the header was read from, for messages. */
    private final String headerName;

    private PartSet(List<Path> files, PartHeader header, String headerName) {
        this.files = files;
        this.header = header;
        this.headerName = headerName;
    }

    /** Reads the headers of {@code files} (in any order) and checks that they are every part of one sweep. */
    public static PartSet open(List<Path> files) throws PartException {
        if (files.isEmpty()) {
            throw new PartException("no part file given");
        }
        List<PartHeader> headers = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (Path f : files) {
            try (PartReader r = PartReader.open(f)) {
                headers.add(r.header());
                names.add(r.name());
            }
        }
        PartHeader first = headers.get(0);
        for (int i = 0; i < headers.size(); i++) {
            String differs = differences(headers.get(i), first, names.get(0));
            if (differs != null) {
                throw new PartException(names.get(i) + ": " + differs);
            }
        }
        int count = first.shard().count();
        Path[] byShard = new Path[count];
        String[] nameOf = new String[count];
        for (int i = 0; i < headers.size(); i++) {
            int index = headers.get(i).shard().index();
            if (byShard[index] != null) {
                throw new PartException(names.get(i) + ": shard " + headers.get(i).shard() + " again (also "
                        + nameOf[index] + "): give each shard's part once");
            }
            byShard[index] = files.get(i);
            nameOf[index] = names.get(i);
        }
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            if (byShard[i] == null) {
                missing.add(i + "/" + count);
            }
        }
        if (!missing.isEmpty()) {
            throw new PartException("no part of shard " + String.join(", ", missing) + " among the " + files.size()
                    + " given (" + String.join(", ", Arrays.stream(nameOf).filter(Objects::nonNull).toList())
                    + "): a merge needs every shard's part");
        }
        return new PartSet(List.of(byShard), first, names.get(0));
    }

    /**
     * Why {@code h} cannot be merged with {@code reference} (the part {@code referenceName}), or
     * null if it can.
     */
    private static String differences(PartHeader h, PartHeader reference, String referenceName) {
        if (!h.sha256().equals(PartHeader.sha256(h.scenarioText().getBytes(StandardCharsets.UTF_8)))) {
            return "the scenario text it carries does not match its sha256: the part was edited or damaged";
        }
        String than = ", but " + referenceName + " ";
        if (!h.version().equals(reference.version())) {
            return "written by dsim " + h.version() + than + "by dsim " + reference.version()
                    + ": merge parts that one dsim version wrote";
        }
        if (!h.command().equals(reference.command())) {
            return "a part of dsim " + h.command() + than + "of dsim " + reference.command();
        }
        if (!h.sha256().equals(reference.sha256())) {
            return "ran a scenario of sha256 " + h.sha256() + than + "one of " + reference.sha256()
                    + ": parts of different scenarios";
        }
        if (!h.scenarioFile().equals(reference.scenarioFile())) {
            return "ran the scenario as " + h.scenarioFile() + than + "as " + reference.scenarioFile()
                    + ": the merge prints that name, so give every shard the same path";
        }
        if (h.shard().count() != reference.shard().count()) {
            return "shard " + h.shard() + than + "is shard " + reference.shard() + ": parts of different splits";
        }
        if (h.firstSeed() != reference.firstSeed() || h.seeds() != reference.seeds()) {
            return "ran " + h.seeds() + " seeds from " + Long.toUnsignedString(h.firstSeed()) + than + reference.seeds()
                    + " from " + Long.toUnsignedString(reference.firstSeed()) + ": parts of different sweeps";
        }
        if (!h.options().equals(reference.options()) || h.points() != reference.points()) {
            return "ran with " + options(h) + than + "with " + options(reference) + ": parts of different sweeps";
        }
        return null;
    }

    /** The options as a command line shows them, e.g. {@code --vary loss=0,1% --swarm}. */
    private static String options(PartHeader h) {
        List<String> words = new ArrayList<>();
        h.options().properties().forEach(e -> {
            if (e.getValue().isArray()) {
                e.getValue().forEach(v -> words.add(e.getKey() + " " + v.asText()));
            } else if (e.getValue().isBoolean()) {
                words.add(e.getKey() + (e.getValue().booleanValue() ? "" : " off"));
            } else {
                words.add(e.getKey() + " " + e.getValue().asText());
            }
        });
        return words.isEmpty() ? "no options" : String.join(" ", words);
    }

    /** What every part agrees on; its shard is the first one's. */
    public PartHeader header() {
        return header;
    }

    /** The values of the option {@code flag} in every part, e.g. each {@code --vary}; empty if it was not given. */
    public List<String> texts(String flag) throws PartException {
        try {
            return header.texts(flag);
        } catch (PartException e) {
            throw new PartException(headerName + ": " + e.getMessage());
        }
    }

    /** The count the option {@code flag} has in every part, e.g. {@code --max-failures}. */
    public int count(String flag) throws PartException {
        try {
            return header.count(flag);
        } catch (PartException e) {
            throw new PartException(headerName + ": " + e.getMessage());
        }
    }

    /** Whether every part was run with the switch {@code flag}, e.g. {@code --swarm}. */
    public boolean flag(String flag) throws PartException {
        try {
            return header.flag(flag);
        } catch (PartException e) {
            throw new PartException(headerName + ": " + e.getMessage());
        }
    }

    /** The first part given, as the user named it, for messages about what every part says. */
    public String name() {
        return headerName;
    }

    /** Starts reading every part from its first seed. */
    public Pass read() throws PartException {
        List<PartReader> readers = new ArrayList<>();
        try {
            for (Path f : files) {
                readers.add(PartReader.open(f));
            }
        } catch (PartException e) {
            readers.forEach(PartReader::close);
            throw e;
        }
        return new Pass(readers, header);
    }

    /**
     * One reading of every part, in step: seed {@code k} of a point comes from the part of
     * shard {@code k mod n}, which must hold exactly the seeds its shard runs, in order.
     */
    public static final class Pass implements AutoCloseable {

        private final List<PartReader> readers;
        private final PartHeader header;
        /** Per part, the point and the sweep-wide seed index of the next seed it must hold. */
        private final int[] point;
        private final int[] index;

        private Pass(List<PartReader> readers, PartHeader header) {
            this.readers = readers;
            this.header = header;
            point = new int[readers.size()];
            index = new int[readers.size()];
            for (int j = 0; j < readers.size(); j++) {
                index[j] = j;
                skipEmptyPoints(j);
            }
        }

        /**
         * The seeds of the sweep's {@code p}-th scenario, each with a run of every one of
         * {@code semantics} in that order. Read the points in order, each at most once.
         */
        public SeedSource point(int p, List<Semantics> semantics) {
            return onSeed -> {
                for (int k = 0; k < header.seeds(); k++) {
                    if (!onSeed.test(take(p, k, semantics))) {
                        return k + 1;
                    }
                }
                return header.seeds();
            };
        }

        /**
         * Reads what is left of every part and checks that each is whole: every seed of its shard
         * in order (up to where the part says its shard stopped), then its last line.
         */
        public void finish(List<Semantics> semantics) throws PartException {
            for (int j = 0; j < readers.size(); j++) {
                PartReader r = readers.get(j);
                while (point[j] < header.points()) {
                    PartReader.Record rec = r.next();
                    if (rec == null) {
                        if (r.stopped()) {
                            break;
                        }
                        throw missing(j);
                    }
                    check(j, rec, point[j], index[j], semantics);
                    advance(j);
                }
                if (r.next() != null) {
                    throw r.problem("a seed beyond the shard's share of the sweep");
                }
            }
        }

        private SeedRuns take(int p, int k, List<Semantics> semantics) throws PartException {
            int j = k % readers.size();
            PartReader r = readers.get(j);
            if (point[j] != p || index[j] != k) {
                throw new IllegalStateException("points are read in order, each once");
            }
            PartReader.Record rec = r.next();
            if (rec == null) {
                throw missing(j);
            }
            check(j, rec, p, k, semantics);
            advance(j);
            return new SeedRuns(rec.seed(), rec.runs());
        }

        private PartException missing(int j) {
            PartReader r = readers.get(j);
            Shard shard = new Shard(j, readers.size());
            return new PartException(r.name() + ": holds " + r.records() + " of the "
                    + (long) shard.size(header.seeds()) * header.points() + " seed records of shard " + shard
                    + ", not seed " + Long.toUnsignedString(header.firstSeed() + index[j]) + where(point[j])
                    + (r.stopped() ? " (its shard stopped early, as a hunt does at --max-failures, yet the merged "
                    + "hunt needs that seed)" : "") + ": seeds are missing");
        }

        private void check(int j, PartReader.Record rec, int p, int k, List<Semantics> semantics) {
            PartReader r = readers.get(j);
            long due = header.firstSeed() + k;
            if (rec.point() != p || rec.seed() != due) {
                throw r.problem("seed " + Long.toUnsignedString(rec.seed()) + where(rec.point()) + " where seed "
                        + Long.toUnsignedString(due) + where(p) + " was due: a seed is missing, repeated or out of place");
            }
            List<Semantics> ran = rec.runs().stream().map(RunResult::semantics).toList();
            if (!ran.equals(semantics)) {
                throw r.problem("runs of " + ids(ran) + " where runs of " + ids(semantics) + " were due");
            }
            for (RunResult run : rec.runs()) {
                if (run.seed() != due) {
                    throw r.problem("a run of seed " + Long.toUnsignedString(run.seed()) + " in the record of seed "
                            + Long.toUnsignedString(due));
                }
            }
        }

        private String where(int p) {
            return header.points() == 1 ? "" : " of scenario " + p;
        }

        private static String ids(List<Semantics> semantics) {
            return semantics.isEmpty() ? "none" : semantics.stream().map(Semantics::id).collect(Collectors.joining(", "));
        }

        /** Moves part {@code j}'s expectation on to the next seed its shard runs. */
        private void advance(int j) {
            index[j] += readers.size();
            skipEmptyPoints(j);
        }

        private void skipEmptyPoints(int j) {
            if (index[j] >= header.seeds()) {
                index[j] = j;
                point[j]++;
                if (j >= header.seeds()) {
                    point[j] = header.points(); // a shard beyond the last seed runs none of any point
                }
            }
        }

        @Override
        public void close() {
            readers.forEach(PartReader::close);
        }
    }
}
