package dsim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The packages of sim-core in layers, top to bottom: a package uses only packages below it.
 * So the model never reaches up into the loader, the run's face sits above the model it
 * builds, readers of the journal sit above the journal, and the library API ({@code dsim.api})
 * sits on top of everything it uses: arrows point one way.
 */
class PackageLayersTest {

    /** Top to bottom. */
    static final List<String> LAYERS = List.of("api", "bench", "shrink", "scenario", "check", "compare", "story", "sweep", "stats",
            "simulation", "model", "engine", "journal", "run", "spec", "preset", "random", "text");

    private static final Path MAIN = Path.of("src", "main", "java", "dsim");
    private static final Pattern USE = Pattern.compile("\\bdsim\\.(\\w+)\\.[A-Z]");

    @Test
    void everyPackage_usesOnlyPackagesBelowIt() throws IOException {
        List<String> upward = new ArrayList<>();
        int files = 0;
        try (Stream<Path> all = Files.walk(MAIN)) {
            for (Path file : all.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                files++;
                String pkg = MAIN.relativize(file.getParent()).toString().replace('\\', '/');
                assertTrue(LAYERS.contains(pkg), "package dsim." + pkg + " is in no layer; add it to LAYERS");
                String code = NoAmbientNondeterminismTest.codeOnly(Files.readString(file, StandardCharsets.UTF_8));
                Matcher m = USE.matcher(code);
                while (m.find()) {
                    String used = m.group(1);
                    if (!used.equals(pkg) && LAYERS.indexOf(used) <= LAYERS.indexOf(pkg)) {
                        upward.add(MAIN.relativize(file) + " uses dsim." + used + ", which is not below dsim." + pkg);
                    }
                }
            }
        }
        assertTrue(files > 100, "sources not found from " + Path.of("").toAbsolutePath());
        assertEquals("", String.join("\n", upward.stream().distinct().toList()));
    }
}
