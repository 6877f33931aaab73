package dsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dsim.report.catalog.CatalogMarkdown;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dsim catalog}: the committed {@code scenarios/README.md} is exactly what it prints. */
class CatalogTest {

    private static final Path SCENARIOS = Path.of("..", "scenarios");
    private static final Path README = SCENARIOS.resolve("README.md");

    @TempDir
    Path dir;

    @Test
    void committedReadme_isWhatCatalogPrints() throws IOException {
        Cli.Result r = Cli.run("catalog", SCENARIOS.toString());
        String committed = Files.exists(README) ? Files.readString(README, StandardCharsets.UTF_8) : "";

        assertEquals(0, r.code(), r.err());
        assertEquals(committed, r.out(), "scenarios/README.md is not what dsim catalog prints for the scenarios as "
                + "they are; regenerate it from the repository root with: " + CatalogMarkdown.REGENERATE);
    }

    @Test
    void catalog_otherScenarios_listedByFileName_withTheirFirstSentence() throws IOException {
        Cli.write(dir, "b.yaml", Cli.TINY.replace("name: tiny", "name: b"));
        Cli.write(dir, "a.yaml", Cli.TINY.replace("name: tiny", "name: a"));
        Cli.write(dir, "notes.txt", "not a scenario");

        Cli.Result r = Cli.run("catalog", dir.toString());

        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().indexOf("## a\n") < r.out().indexOf("## b\n"), r.out());
        assertTrue(r.out().contains("| [Twenty messages through a lossy link.](#a) | [a.yaml](a.yaml) |"), r.out());
        assertTrue(r.out().contains("./dsim run scenarios/a.yaml\n"), r.out());
        assertEquals("", r.err());
    }

    @Test
    void catalog_aBadScenario_printsEveryProblemAndNoIndex_exit2() throws IOException {
        Cli.write(dir, "good.yaml", Cli.TINY);
        Cli.write(dir, "bad.yaml", Cli.TINY.replace("loss: 0.2", "loss: 1.5"));

        Cli.Result r = Cli.run("catalog", dir.toString());

        assertEquals(2, r.code());
        assertEquals("", r.out());
        assertTrue(r.err().contains("bad.yaml:") && r.err().contains("network.default.loss"), r.err());
        ValidateCommandTest.assertNoStackTrace(r.err());
    }

    @Test
    void catalog_notAFolder_exit2() throws IOException {
        Path file = Cli.write(dir, "tiny.yaml", Cli.TINY);

        Cli.Result r = Cli.run("catalog", file.toString());

        assertEquals(2, r.code());
        assertEquals("dsim catalog: " + file + ": not a folder of scenario files\n", r.err());
    }

    @Test
    void catalog_folderWithoutScenarios_exit2() {
        Cli.Result r = Cli.run("catalog", dir.toString());

        assertEquals(2, r.code());
        assertEquals("dsim catalog: " + dir + ": no scenario files (*.yaml)\n", r.err());
    }
}
