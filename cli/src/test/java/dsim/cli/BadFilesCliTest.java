package dsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The catalogue of bad scenario files (sim-core's {@code src/test/resources/bad}, see
 * {@code BadFilesTest}) through the command line: {@code dsim validate} and {@code dsim run}
 * print exactly the expected lines to stderr, nothing to stdout, no stack trace, exit 2, and
 * write nothing.
 */
class BadFilesCliTest {

    private static final Path DIR = Path.of("..", "sim-core", "src", "test", "resources", "bad");

    @TempDir
    Path out;

    static Stream<Path> badFiles() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            List<Path> yaml = files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
            assertTrue(yaml.size() >= 40, "the bad-file catalogue was not found from " + Path.of("").toAbsolutePath());
            return yaml.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void validate_badFile_printsItsExpectedLines_exit2(Path file) throws IOException {
        Cli.Result r = Cli.run("validate", file.toString());

        assertRefused(file, r);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void run_badFile_printsItsExpectedLines_exit2_writesNothing(Path file) throws IOException {
        Path trace = out.resolve("trace.jsonl");

        Cli.Result r = Cli.run("run", file.toString(), "--format", "json", "--trace", trace.toString());

        assertRefused(file, r);
        assertFalse(Files.exists(trace), "a trace was written");
        try (Stream<Path> left = Files.list(out)) {
            assertEquals(List.of(), left.toList(), "files left behind");
        }
    }

    private static void assertRefused(Path file, Cli.Result r) throws IOException {
        assertEquals(2, r.code(), r.err());
        assertEquals("", r.out());
        assertEquals(expected(file), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        assertFalse(r.err().contains("at dsim."), r.err());
    }

    /** The sidecar's lines, which name the file by its name alone, naming it by the path dsim was given. */
    private static String expected(Path file) throws IOException {
        String name = file.getFileName().toString();
        Path sidecar = file.resolveSibling(name.replaceFirst("\\.yaml$", ".expected"));
        return Files.readString(sidecar, StandardCharsets.UTF_8).lines()
                .map(line -> line.startsWith(name + ":") ? file + line.substring(name.length()) : line)
                .collect(Collectors.joining("\n", "", "\n"));
    }
}
