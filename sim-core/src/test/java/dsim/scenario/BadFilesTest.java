package dsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dsim.spec.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The catalogue of bad scenario files users write, one mistake each (a few show several
 * problems at once): {@code src/test/resources/bad/NN-short-name.yaml}, each with the exact
 * lines dsim prints for it in {@code NN-short-name.expected} beside it. A file's first line
 * says what is wrong with it. {@code BadFilesCliTest} checks the same files through
 * {@code dsim validate} and {@code dsim run}.
 *
 * <p>There is no file for a cycle: producers send to a broker or a consumer and brokers
 * deliver only to consumers (there are no broker-to-broker links), so a scenario cannot
 * express one.
 */
class BadFilesTest {

    /** The catalogue, relative to the sim-core module (the tests' working directory). */
    static final Path DIR = Path.of("src", "test", "resources", "bad");
    private static final int AT_LEAST = 40;

    static Stream<Path> badFiles() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList().stream();
        }
    }

    /** The lines dsim prints for {@code file} when it is named by its file name alone. */
    static String expected(Path file) throws IOException {
        return Files.readString(sidecar(file), StandardCharsets.UTF_8);
    }

    static Path sidecar(Path file) {
        return file.resolveSibling(file.getFileName().toString().replaceFirst("\\.yaml$", ".expected"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void parse_badFile_reportsExactlyItsExpectedProblems(Path file) throws IOException {
        String name = file.getFileName().toString();

        ScenarioException e = assertThrows(ScenarioException.class,
                () -> ScenarioLoader.parse(name, Files.readAllBytes(file)));

        assertEquals(expected(file), e.getMessage() + "\n");
        for (Problem p : e.problems()) {
            assertEquals(name + ":" + p.line() + ":" + p.column() + ": " + p.path() + ": " + p.message(), p.toString());
        }
    }

    @Test
    void catalogue_hasAtLeast40NumberedFilesEachWithItsExpectedLines() throws IOException {
        List<Path> yaml = badFiles().toList();
        assertTrue(yaml.size() >= AT_LEAST, "only " + yaml.size() + " bad files");
        for (int i = 0; i < yaml.size(); i++) {
            String name = yaml.get(i).getFileName().toString();
            assertTrue(name.matches(String.format(Locale.ROOT, "%02d-[a-z0-9]+(-[a-z0-9]+)*\\.yaml", i + 1)),
                    name + " breaks the NN-short-name.yaml numbering");
            assertTrue(Files.exists(sidecar(yaml.get(i))), name + " has no .expected file");
        }
        try (Stream<Path> all = Files.list(DIR)) {
            assertEquals(2 * yaml.size(), all.count(), "a file in bad/ that is neither a case nor its .expected");
        }
    }
}
