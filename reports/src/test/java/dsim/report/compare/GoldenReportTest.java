package dsim.report.compare;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Markdown, CSV and JSON of {@link CompareFixture} must match the committed copies under
 * {@code src/test/resources/golden/} byte for byte: any change to a report's content or
 * format shows up as a diff in review.
 *
 * <p>After an intended change, regenerate the copies and review the diff:
 * {@code mvn -B -o -pl reports verify -Ddsim.golden.update=true} (the test then rewrites
 * the files instead of comparing, and passes).
 */
class GoldenReportTest {

    private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "MARKDOWN, plain, report.md",
            "CSV, plain, results.csv",
            "JSON, plain, results.json",
            "MARKDOWN, study, study-report.md",
            "CSV, study, study-results.csv",
            "JSON, study, study-results.json",
            "MARKDOWN, grid, grid-report.md",
            "CSV, grid, grid-results.csv",
            "JSON, grid, grid-results.json"})
    void render_fixture_matchesGoldenFile(ReportFormat format, String input, String golden) throws IOException {
        ReportInput in = switch (input) {
            case "study" -> CompareFixture.withStudy();
            case "grid" -> CompareFixture.withGrid();
            default -> CompareFixture.plain();
        };
        String actual = format.renderer().render(in);
        Path file = GOLDEN.resolve(golden);
        if (Boolean.getBoolean("dsim.golden.update")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(file, actual, StandardCharsets.UTF_8);
            return;
        }
        assertTrue(Files.exists(file), "missing " + file + ": run with -Ddsim.golden.update=true to create it");
        assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual,
                golden + " changed; if intended, regenerate with -Ddsim.golden.update=true and review the diff");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"MARKDOWN", "HTML", "CSV", "JSON"})
    void render_twice_givesEqualText(ReportFormat format) {
        assertEquals(format.renderer().render(CompareFixture.withStudy()),
                format.renderer().render(CompareFixture.withStudy()));
    }
}
