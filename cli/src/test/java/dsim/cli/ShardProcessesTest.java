package dsim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Shards as they run on a cluster: separate JVMs at once, each writing its part into one shared
 * folder, then a merge in a JVM of its own: the same report and output as one JVM's compare.
 */
class ShardProcessesTest {

    private static final List<String> REPORT = List.of("report.md", "report.html", "results.csv", "results.json");

    @TempDir
    Path dir;

    @Test
    void threeShardProcessesAtOnce_thenAMerge_giveTheOneMachineReport() throws Exception {
        Path scenario = Cli.write(dir, "tiny.yaml", Cli.TINY);
        Path parts = dir.resolve("parts");
        List<Process> running = new ArrayList<>();
        running.add(start(dir.resolve("plain.txt"), "compare", scenario.toString(), "--seeds", "12", "--out",
                dir.resolve("plain").toString()));
        for (int i = 0; i < 3; i++) {
            running.add(start(dir.resolve("shard-" + i + ".txt"), "compare", scenario.toString(), "--seeds", "12",
                    "--shard", i + "/3", "--out", parts.toString()));
        }
        for (Process p : running) {
            assertEquals(0, NewJvm.exitCode(p), "see " + dir.resolve("err.txt"));
        }
        Process merge = start(dir.resolve("merged.txt"), "merge", parts.resolve("part-0-of-3.jsonl").toString(),
                parts.resolve("part-1-of-3.jsonl").toString(), parts.resolve("part-2-of-3.jsonl").toString(),
                "--out", dir.resolve("merged").toString());
        assertEquals(0, NewJvm.exitCode(merge));

        for (String f : REPORT) {
            assertArrayEquals(Files.readAllBytes(dir.resolve("plain").resolve(f)),
                    Files.readAllBytes(dir.resolve("merged").resolve(f)), f);
        }
        assertEquals(Files.readString(dir.resolve("plain.txt")).replace(dir.resolve("plain").toString(), "OUT"),
                Files.readString(dir.resolve("merged.txt")).replace(dir.resolve("merged").toString(), "OUT"));
    }

    private Process start(Path stdout, String... args) throws IOException {
        return NewJvm.dsim(args).redirectOutput(stdout.toFile())
                .redirectError(ProcessBuilder.Redirect.appendTo(dir.resolve("err.txt").toFile())).start();
    }
}
