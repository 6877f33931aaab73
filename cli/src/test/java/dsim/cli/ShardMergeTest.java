package dsim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --shard} and {@code dsim merge}: three shards merged print and write, byte for byte,
 * what the sweep run on one machine does; parts that are not one whole sweep are refused.
 */
class ShardMergeTest {

    private static final String MEMORY_DEDUP = Path.of("..", "scenarios", "payments-memory-dedup.yaml").toString();
    private static final List<String> REPORT = List.of("report.md", "report.html", "results.csv", "results.json");

    @TempDir
    Path dir;

    /** Runs {@code args} on one machine, then in three shards merged, into the same --out; checks both alike. */
    private void assertMergeIsTheOneMachineRun(String scenario, String... args) throws IOException {
        Path out = dir.resolve("report");
        List<String> plain = new ArrayList<>(List.of("compare", scenario, "--out", out.toString()));
        plain.addAll(List.of(args));
        Cli.Result one = Cli.run(plain.toArray(String[]::new));
        assertEquals(0, one.code(), one.err());
        Path moved = Files.move(out, dir.resolve("one-machine"));

        Path parts = dir.resolve("parts");
        for (int i = 0; i < 3; i++) {
            List<String> shard = new ArrayList<>(List.of("compare", scenario, "--shard", i + "/3", "--out",
                    parts.toString()));
            shard.addAll(List.of(args));
            Cli.Result r = Cli.run(shard.toArray(String[]::new));
            assertEquals(0, r.code(), r.err());
            assertFalse(r.out().contains(" x 3 semantics"), "a shard prints no summary as if whole: " + r.out());
            assertTrue(r.out().contains("wrote " + parts.resolve("part-" + i + "-of-3.jsonl")), r.out());
        }
        Cli.Result merged = Cli.run("merge", parts.resolve("part-2-of-3.jsonl").toString(),
                parts.resolve("part-0-of-3.jsonl").toString(), parts.resolve("part-1-of-3.jsonl").toString(),
                "--out", out.toString());
        assertEquals(0, merged.code(), merged.err());
        assertEquals(one.out(), merged.out());
        for (String f : REPORT) {
            assertArrayEquals(Files.readAllBytes(moved.resolve(f)), Files.readAllBytes(out.resolve(f)), f);
        }
    }

    @Test
    void compare_threeShardsMerged_areTheOneMachineRun() throws IOException {
        assertMergeIsTheOneMachineRun(Cli.write(dir, "tiny.yaml", Cli.TINY).toString(), "--seeds", "10");
    }

    @Test
    void compareVary_threeShardsMerged_areTheOneMachineRun() throws IOException {
        assertMergeIsTheOneMachineRun(Cli.write(dir, "tiny.yaml", Cli.TINY).toString(), "--seeds", "7", "--vary",
                "network.default.loss=0,10%,30%");
    }

    @Test
    void compareGrid_threeShardsMerged_areTheOneMachineRun() throws IOException {
        assertMergeIsTheOneMachineRun(Cli.write(dir, "tiny.yaml", Cli.TINY).toString(), "--seeds", "5", "--vary",
                "network.default.loss=0,30%", "--vary", "retry.max-attempts=1,3");
    }

    @Test
    void hunt_threeShardsMerged_printWhatOneMachinePrints() {
        String[] hunt = {"hunt", MEMORY_DEDUP, "--seeds", "40", "--max-failures", "6"};
        Cli.Result one = Cli.run(hunt);
        assertEquals(1, one.code(), one.err());
        assertTrue(one.out().contains("stopped after 6 failures"), "the shards must stop early too: " + one.out());
        Path parts = dir.resolve("parts");
        for (int i = 0; i < 3; i++) {
            Cli.Result r = Cli.run("hunt", MEMORY_DEDUP, "--seeds", "40", "--max-failures", "6", "--shard", i + "/3",
                    "--out", parts.toString());
            assertEquals(0, r.code(), r.err());
            assertFalse(r.out().contains("seeds broke"), "a shard prints no rate as if whole: " + r.out());
        }
        Cli.Result merged = Cli.run("merge", parts.resolve("part-0-of-3.jsonl").toString(),
                parts.resolve("part-1-of-3.jsonl").toString(), parts.resolve("part-2-of-3.jsonl").toString());
        assertEquals(one.code(), merged.code(), merged.err());
        assertEquals(one.out(), merged.out());

        Cli.Result oneJson = Cli.run("hunt", MEMORY_DEDUP, "--seeds", "40", "--max-failures", "6", "--format", "json");
        Cli.Result mergedJson = Cli.run("merge", parts.resolve("part-0-of-3.jsonl").toString(),
                parts.resolve("part-1-of-3.jsonl").toString(), parts.resolve("part-2-of-3.jsonl").toString(),
                "--format", "json");
        assertEquals(oneJson.code(), mergedJson.code(), mergedJson.err());
        assertTrue(oneJson.out().startsWith("{"), oneJson.out());
        assertEquals(oneJson.out(), mergedJson.out());
    }

    @Test
    void merge_formatJsonOfACompare_isAUsageError() {
        Path parts = dir.resolve("parts");
        List<String> args = new ArrayList<>(List.of("merge"));
        args.addAll(compareParts(Path.of("..", "scenarios", "password-reset.yaml"), parts, "6"));
        args.addAll(List.of("--format", "json", "--out", dir.resolve("report").toString()));
        Cli.Result r = Cli.run(args.toArray(String[]::new));
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().startsWith("dsim merge: --format is for a hunt's parts"), r.err());
        assertFalse(Files.exists(dir.resolve("report")), "nothing written");
    }

    /** Three shards' parts of a compare of {@code scenario}, written into {@code parts}; their paths. */
    private List<String> compareParts(Path scenario, Path parts, String seeds) {
        List<String> files = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Cli.Result r = Cli.run("compare", scenario.toString(), "--seeds", seeds, "--shard", i + "/3", "--out",
                    parts.toString());
            assertEquals(0, r.code(), r.err());
            files.add(parts.resolve("part-" + i + "-of-3.jsonl").toString());
        }
        return files;
    }

    /** Merges {@code parts}: refused with one line, exit 2, no report folder. */
    private String refusal(List<String> parts) {
        List<String> args = new ArrayList<>(List.of("merge"));
        args.addAll(parts);
        args.addAll(List.of("--out", dir.resolve("report").toString()));
        Cli.Result r = Cli.run(args.toArray(String[]::new));
        assertEquals(2, r.code(), r.out() + r.err());
        assertEquals("", r.out());
        assertEquals(1, r.err().lines().count(), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        assertFalse(Files.exists(dir.resolve("report")), "nothing written");
        return r.err().strip();
    }

    @Test
    void merge_aShardMissingOrRepeated_isRefusedWithExit2() throws IOException {
        List<String> parts = compareParts(Cli.write(dir, "tiny.yaml", Cli.TINY), dir.resolve("parts"), "6");
        assertTrue(refusal(List.of(parts.get(0), parts.get(2))).startsWith("dsim merge: no part of shard 1/3"));
        Path copy = Files.copy(Path.of(parts.get(1)), dir.resolve("copy.jsonl"));
        assertEquals("dsim merge: " + copy + ": shard 1/3 again (also " + parts.get(1) + "): give each shard's part once",
                refusal(List.of(parts.get(0), parts.get(1), parts.get(2), copy.toString())));
    }

    @Test
    void merge_aPartOfAnotherScenarioOptionsOrVersion_isRefusedWithExit2() throws IOException {
        List<String> parts = compareParts(Cli.write(dir, "tiny.yaml", Cli.TINY), dir.resolve("parts"), "6");
        Path other = Cli.write(Files.createDirectories(dir.resolve("other")), "tiny.yaml",
                Cli.TINY.replace("messages: 20", "messages: 21"));
        String foreign = compareParts(other, dir.resolve("other-parts"), "6").get(1);
        String scenario = refusal(List.of(parts.get(0), foreign, parts.get(2)));
        assertTrue(scenario.startsWith("dsim merge: " + foreign + ": ran a scenario of sha256 "), scenario);

        String seeds = compareParts(Cli.write(dir, "tiny.yaml", Cli.TINY), dir.resolve("more-seeds"), "9").get(2);
        String options = refusal(List.of(parts.get(0), parts.get(1), seeds));
        assertTrue(options.startsWith("dsim merge: " + seeds + ": ran 9 seeds from 7, but " + parts.get(0)
                + " 6 from 7"), options);

        Path older = dir.resolve("older.jsonl");
        Files.writeString(older, Files.readString(Path.of(parts.get(2)))
                .replaceFirst("\"version\":\"[^\"]*\"", "\"version\":\"0.0.1\""));
        String version = refusal(List.of(parts.get(0), parts.get(1), older.toString()));
        assertTrue(version.startsWith("dsim merge: " + older + ": written by dsim 0.0.1, but "), version);

        // Every part of another version: refused by this dsim, which would run their seeds differently.
        List<String> allOlder = new ArrayList<>();
        for (String p : parts) {
            Path o = dir.resolve("older-" + allOlder.size() + ".jsonl");
            Files.writeString(o, Files.readString(Path.of(p)).replaceFirst("\"version\":\"[^\"]*\"",
                    "\"version\":\"0.0.1\""));
            allOlder.add(o.toString());
        }
        assertTrue(refusal(allOlder).contains(": written by dsim 0.0.1, and this is dsim "), allOlder.toString());
    }

    @Test
    void merge_aSeedMissing_isRefusedWithExit2NamingTheFile() throws IOException {
        List<String> parts = compareParts(Cli.write(dir, "tiny.yaml", Cli.TINY), dir.resolve("parts"), "6");
        Path part = Path.of(parts.get(1));
        List<String> lines = new ArrayList<>(Files.readAllLines(part));
        lines.remove(1);
        Files.write(part, lines);
        String line = refusal(parts);
        assertTrue(line.startsWith("dsim merge: " + part + ":2: seed 11 where seed 8 was due"), line);
    }

    @Test
    void shard_badValues_areUsageErrors() throws IOException {
        Path scenario = Cli.write(dir, "tiny.yaml", Cli.TINY);
        for (String bad : new String[] {"3/3", "1", "-1/3", "a/b", "0/0"}) {
            Cli.Result r = Cli.run("compare", scenario.toString(), "--shard", bad, "--out", dir.resolve("p").toString());
            assertEquals(2, r.code(), bad);
            assertTrue(r.err().contains("expected I/N, shard I of N counted from 0"), r.err());
        }
        Cli.Result out = Cli.run("hunt", MEMORY_DEDUP, "--out", dir.resolve("p").toString());
        assertEquals(2, out.code());
        assertEquals("dsim hunt: --out is for --shard: a hunt prints its results and writes no file\n", out.err());
        assertFalse(Files.exists(dir.resolve("p")));
    }

    @Test
    void shard_partIsWrittenWhole_noTemporaryFileLeft() throws IOException {
        compareParts(Cli.write(dir, "tiny.yaml", Cli.TINY), dir.resolve("parts"), "4");
        try (Stream<Path> files = Files.list(dir.resolve("parts"))) {
            assertEquals(List.of("part-0-of-3.jsonl", "part-1-of-3.jsonl", "part-2-of-3.jsonl"),
                    files.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }
}
