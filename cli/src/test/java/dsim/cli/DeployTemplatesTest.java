package dsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The templates in {@code deploy/} that run a sharded sweep on GitHub Actions, Kubernetes and
 * Slurm: each YAML file parses, each shell script passes {@code bash -n}, and every option they
 * give a dsim command is one that command has.
 */
class DeployTemplatesTest {

    private static final Path DEPLOY = Path.of("..", "deploy");
    /** A dsim command in a template: {@code java -jar JAR} or the launcher, the subcommand, the rest of the line. */
    private static final Pattern COMMAND = Pattern.compile(
            "(?:java\\s+(?:-\\S+\\s+)*-jar\\s+\\S+|(?<![\\w/.-])dsim)\\s+(compare|hunt|merge)\\b(.*)");
    private static final Pattern OPTION = Pattern.compile("(?<![\\w-])--[a-z][a-z-]*");

    private static List<Path> templates(String... endings) throws IOException {
        try (Stream<Path> all = Files.walk(DEPLOY)) {
            return all.filter(Files::isRegularFile)
                    .filter(p -> Stream.of(endings).anyMatch(e -> p.getFileName().toString().endsWith(e)))
                    .sorted().toList();
        }
    }

    @Test
    void everyYamlTemplate_parses() throws IOException {
        List<Path> yaml = templates(".yml", ".yaml");
        assertEquals(2, yaml.size(), "the GitHub Actions and Kubernetes templates: " + yaml);
        ObjectMapper mapper = new ObjectMapper(new YAMLFactory());
        for (Path file : yaml) {
            int documents = 0;
            try (MappingIterator<JsonNode> docs = mapper.readerFor(JsonNode.class).readValues(file.toFile())) {
                while (docs.hasNext()) {
                    assertTrue(docs.next().isObject(), file + ": each document is a mapping");
                    documents++;
                }
            }
            assertTrue(documents > 0, file + " holds no document");
        }
    }

    @Test
    void everyShellScript_passesBashDashN() throws Exception {
        List<Path> scripts = templates(".sh", ".sbatch");
        assertEquals(3, scripts.size(), "the Slurm submit script and its two batch scripts: " + scripts);
        for (Path script : scripts) {
            Process p = new ProcessBuilder("bash", "-n", script.toString()).redirectErrorStream(true).start();
            String said = new String(p.getInputStream().readAllBytes());
            assertTrue(p.waitFor(30, TimeUnit.SECONDS));
            assertEquals(0, p.exitValue(), script + ": " + said);
        }
    }

    @Test
    void everyOptionATemplateGivesDsim_isAnOptionOfThatCommand() throws IOException {
        CommandLine dsim = Main.commandLine(Terminal.of(new StringWriter(), new StringWriter(), false));
        List<String> shards = new ArrayList<>();
        List<String> merges = new ArrayList<>();
        for (Path file : templates(".yml", ".yaml", ".sh", ".sbatch")) {
            // A command continued over lines with a trailing backslash is one line.
            String text = Files.readString(file).replace("\\\n", " ");
            for (String line : text.split("\n")) {
                Matcher m = COMMAND.matcher(line);
                if (!m.find()) {
                    continue;
                }
                CommandLine.Model.CommandSpec spec = dsim.getSubcommands().get(m.group(1)).getCommandSpec();
                Matcher option = OPTION.matcher(m.group(2));
                while (option.find()) {
                    assertTrue(spec.findOption(option.group()) != null, file + ": dsim " + m.group(1) + " has no option "
                            + option.group() + ": " + line.strip());
                }
                if (m.group(2).contains("--shard")) {
                    shards.add(file.getFileName() + ": " + line.strip());
                }
                if (m.group(1).equals("merge")) {
                    merges.add(file.getFileName().toString());
                }
            }
        }
        // Each runner runs shards from its own index, and a merge.
        assertEquals(3, shards.size(), shards.toString());
        assertTrue(shards.stream().anyMatch(s -> s.contains("--shard \"${{ matrix.shard }}/")), shards.toString());
        assertTrue(shards.stream().anyMatch(s -> s.contains("--shard \"$JOB_COMPLETION_INDEX/")), shards.toString());
        assertTrue(shards.stream().anyMatch(s -> s.contains("--shard \"$SLURM_ARRAY_TASK_ID/")), shards.toString());
        assertEquals(List.of("dsim-sweep.yml", "dsim-sweep.yaml", "merge.sbatch"), merges);
    }
}
