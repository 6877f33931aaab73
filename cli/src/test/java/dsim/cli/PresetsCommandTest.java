package dsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dsim.preset.Knob;
import dsim.preset.Preset;
import dsim.preset.Presets;
import dsim.report.catalog.PresetMarkdown;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dsim presets}: the list, one preset's sources and hazards, the committed README, and presets side by side. */
class PresetsCommandTest {

    private static final Path PRESETS = Path.of("..", "scenarios", "presets");

    @TempDir
    Path dir;

    @Test
    void committedReadme_isWhatPresetsPrints() throws IOException {
        Cli.Result r = Cli.run("presets", "--markdown");
        assertEquals(0, r.code(), r.err());
        assertEquals(Files.readString(PRESETS.resolve("README.md"), StandardCharsets.UTF_8), r.out(),
                "scenarios/presets/README.md is not what dsim presets prints; regenerate it from the repository"
                        + " root with: " + PresetMarkdown.REGENERATE);
    }

    @Test
    void theList_namesEveryPlatform_andTheScenarioOfItsHazard_whichExists() {
        Cli.Result r = Cli.run("presets");
        assertEquals(0, r.code(), r.err());
        assertTrue(Presets.all().size() >= 8);
        for (Preset p : Presets.all()) {
            assertTrue(r.out().contains(p.name()) && r.out().contains(p.platform()), p.name());
            assertTrue(r.out().contains("scenarios/" + p.scenario()), p.name());
            assertTrue(Files.exists(PRESETS.getParent().resolve(p.scenario())), p.scenario());
        }
    }

    @Test
    void onePreset_printsEveryKnobWithItsValueAndSource_andItsHazards() {
        for (Preset p : Presets.all()) {
            Cli.Result r = Cli.run("presets", p.name());
            assertEquals(0, r.code(), r.err());
            for (Knob k : p.knobs()) {
                assertTrue(r.out().contains(k.value()), p.name() + " " + k.key());
                assertTrue(r.out().contains(k.path() + ": " + k.source()), p.name() + " " + k.key());
                assertTrue(k.source().startsWith("https://") || k.source().contains("source"),
                        p.name() + " " + k.key() + ": a document or the vendor's source code");
            }
            assertTrue(!p.hazards().isEmpty());
            p.hazards().forEach(h -> assertTrue(r.out().contains(h), h));
        }
    }

    @Test
    void anUnknownPreset_isOneLine_exitTwo() {
        Cli.Result r = Cli.run("presets", "rabbit");
        assertEquals(2, r.code());
        assertEquals("", r.out());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().contains("unknown preset rabbit") && r.err().contains("rabbitmq"), r.err());
    }

    @Test
    void compare_variesThePreset_platformsSideBySideOnTheSameSeeds() throws IOException {
        Path out = dir.resolve("out");
        Cli.Result r = Cli.run("compare", PRESETS.resolve("sqs-fifo-late-retry.yaml").toString(), "--seeds", "3",
                "--out", out.toString(), "--vary", "brokers[ledger-entries].preset=sqs-standard,sqs-fifo,kafka");
        assertEquals(0, r.code(), r.err());
        String report = Files.readString(out.resolve("report.md"), StandardCharsets.UTF_8);
        assertTrue(report.contains("## Study: `brokers[ledger-entries].preset`"), report);
        for (String preset : new String[] {"sqs-standard", "sqs-fifo", "kafka"}) {
            assertTrue(report.lines().anyMatch(l -> l.startsWith("| " + preset + " | ")), preset);
        }
        // Kafka's idempotent producer is tracked for as long as it retries; FIFO forgets after 5 minutes.
        String kafka = report.lines().filter(l -> l.startsWith("| kafka | ")).findFirst().orElseThrow();
        String fifo = report.lines().filter(l -> l.startsWith("| sqs-fifo | ")).findFirst().orElseThrow();
        assertEquals("0.00%", kafka.split(" \\| ")[2].split(" ")[0], kafka);
        assertTrue(!fifo.split(" \\| ")[2].startsWith("0.00%"), fifo);
    }
}
