package dsim.report.part;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dsim.report.Json;
import dsim.scenario.ScenarioLoader;
import dsim.spec.Scenario;
import dsim.sweep.SeedRuns;
import dsim.sweep.Shard;
import dsim.sweep.Sweep;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PartFilesTest {

    private static final String YAML = """
            name: parts
            seed: 5
            producers:
              - name: sender
                send-to: queue
                messages: 60
                arrival: { process: poisson, rate: 50/s }
            brokers:
              - name: queue
                deliver-to: [receiver]
                redelivery-timeout: 2s
            consumers:
              - name: receiver
                processing: { distribution: uniform, min: 1ms, max: 9ms }
                crash: { probability: 0.05, at: after-process, down-for: 1s }
            network:
              default: { delay: 5ms, loss: 10% }
            retry: { timeout: 1s, max-attempts: 3 }
            """;
    private static final int SEEDS = 8;

    @TempDir
    Path dir;

    private static Scenario scenario() throws Exception {
        return ScenarioLoader.parse("parts.yaml", YAML.getBytes(StandardCharsets.UTF_8));
    }

    private static PartHeader header(Shard shard, String version, ObjectNode options) throws Exception {
        return new PartHeader(version, "compare", shard, "parts.yaml", scenario().source().sha256(), YAML, 5, SEEDS, 1,
                options);
    }

    /** Writes the part of each of {@code count} shards; returns the files, shard by shard. */
    private List<Path> writeParts(int count) throws Exception {
        Scenario s = scenario();
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Shard shard = new Shard(i, count);
            Path file = dir.resolve("part-" + i + "-of-" + count + ".jsonl");
            try (Writer out = Files.newBufferedWriter(file)) {
                PartWriter part = new PartWriter(out, header(shard, "1.0", Json.object()));
                Sweep.stream(seed -> s, s.semantics(), 5, SEEDS, shard, 1, runs -> {
                    try {
                        part.seed(0, runs);
                    } catch (IOException e) {
                        throw new AssertionError(e);
                    }
                    return true;
                }, null);
                part.end(false);
            }
            files.add(file);
        }
        return files;
    }

    private static List<SeedRuns> readAll(List<Path> files) throws Exception {
        Scenario s = scenario();
        List<SeedRuns> read = new ArrayList<>();
        PartSet set = PartSet.open(files);
        try (PartSet.Pass pass = set.read()) {
            pass.point(0, s.semantics()).stream(read::add);
            pass.finish(s.semantics());
        }
        return read;
    }

    @Test
    void partsReadBackInSeedOrder_equalTheWholeSweep_runForRun() throws Exception {
        Scenario s = scenario();
        List<Path> files = writeParts(3);
        List<SeedRuns> whole = Sweep.run(s, s.semantics(), 5, SEEDS, 1, null);
        assertEquals(whole, readAll(List.of(files.get(2), files.get(0), files.get(1))), "parts in any order");
        assertTrue(whole.get(0).runs().get(0).latency().histogram().total() > 0, "histograms are carried");
        assertTrue(whole.get(0).runs().get(0).timeline().total() > 0, "timelines are carried");
    }

    @Test
    void moreShardsThanSeeds_theEmptyPartsMergeToo() throws Exception {
        Scenario s = scenario();
        assertEquals(Sweep.run(s, s.semantics(), 5, SEEDS, 1, null), readAll(writeParts(SEEDS + 2)));
    }

    private static String refusal(List<Path> files) {
        return assertThrows(PartException.class, () -> readAll(files)).getMessage();
    }

    @Test
    void aShardMissingOrGivenTwice_isRefused() throws Exception {
        List<Path> files = writeParts(3);
        assertEquals("no part of shard 1/3 among the 2 given (" + files.get(0) + ", " + files.get(2)
                + "): a merge needs every shard's part", refusal(List.of(files.get(0), files.get(2))));
        String twice = refusal(List.of(files.get(0), files.get(1), files.get(2), files.get(1)));
        assertTrue(twice.startsWith(files.get(1) + ": shard 1/3 again"), twice);
    }

    @Test
    void aSeedMissingRepeatedOrCutShort_isRefusedNamingTheFile() throws Exception {
        List<Path> files = writeParts(3);
        Path part = files.get(1);
        List<String> lines = Files.readAllLines(part);

        List<String> missing = new ArrayList<>(lines);
        missing.remove(2);
        missing.set(missing.size() - 1, missing.get(missing.size() - 1).replace("\"records\":3", "\"records\":2"));
        Files.write(part, missing);
        String m = refusal(files);
        assertTrue(m.startsWith(part + ":3: seed 12 where seed 9 was due"), m);

        List<String> repeated = new ArrayList<>(lines);
        repeated.add(2, lines.get(1));
        Files.write(part, repeated);
        String r = refusal(files);
        assertTrue(r.startsWith(part + ":3: seed 6 where seed 9 was due"), r);

        Files.write(part, lines.subList(0, lines.size() - 1));
        String cut = refusal(files);
        assertTrue(cut.startsWith(part + ":") && cut.contains("cut short"), cut);

        Files.write(part, List.of(lines.get(0), lines.get(lines.size() - 1).replace("\"records\":3", "\"records\":0")));
        String none = refusal(files);
        assertTrue(none.equals(part + ": holds 0 of the 3 seed records of shard 1/3, not seed 6: seeds are missing"),
                none);
    }

    @Test
    void aPartOfAnotherVersionScenarioOrOptions_isRefusedNamingIt() throws Exception {
        List<Path> files = writeParts(2);
        Path part = files.get(1);
        String header = Files.readAllLines(part).get(0);
        List<String> body = Files.readAllLines(part).subList(1, 3);

        rewriteHeader(part, header.replace("\"version\":\"1.0\"", "\"version\":\"0.9\""), body);
        assertEquals(part + ": written by dsim 0.9, but " + files.get(0) + " by dsim 1.0: merge parts that one dsim "
                + "version wrote", refusal(files));

        rewriteHeader(part, header.replace("messages: 60", "messages: 61"), body);
        String edited = refusal(files);
        assertTrue(edited.startsWith(part + ": the scenario text it carries does not match its sha256"), edited);

        rewriteHeader(part, header.replace("\"options\":{}", "\"options\":{\"--vary\":[\"seed=1,2\"]}"), body);
        assertEquals(part + ": ran with --vary seed=1,2, but " + files.get(0) + " with no options: parts of different "
                + "sweeps", refusal(files));

        Files.writeString(part, "{\"hello\":1}\n");
        assertEquals(part + ":1: not a part file of a sharded dsim sweep (its first line has no \"dsimPart\")",
                refusal(files));
    }

    private static void rewriteHeader(Path part, String header, List<String> body) throws IOException {
        List<String> lines = new ArrayList<>(List.of(header));
        lines.addAll(body);
        Files.write(part, lines);
    }
}
