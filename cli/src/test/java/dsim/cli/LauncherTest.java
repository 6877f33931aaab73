package dsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lines dsim prints to reproduce a run start with the launcher as the user typed it. */
class LauncherTest {

    @TempDir
    Path dir;

    private String reproduceLine(String launcher) throws Exception {
        Path file = Cli.write(dir, "tiny.yaml", Cli.TINY + "expect:\n  at-most-once: { lost: 0 }\n");
        ProcessBuilder pb = NewJvm.dsim("run", file.toString(), "--semantics", "at-most-once");
        if (launcher == null) {
            pb.environment().remove("DSIM_LAUNCHER");
        } else {
            pb.environment().put("DSIM_LAUNCHER", launcher);
        }
        Path out = dir.resolve("out.txt");
        Process p = pb.redirectOutput(out.toFile()).redirectError(dir.resolve("err.txt").toFile()).start();
        assertEquals(1, NewJvm.exitCode(p), "the expectation breaks");
        return Files.readAllLines(out, StandardCharsets.UTF_8).stream().filter(l -> l.startsWith("reproduce: "))
                .findFirst().orElseThrow();
    }

    @Test
    void theLauncherScriptsName_startsTheReproduceLine() throws Exception {
        assertTrue(reproduceLine("./dsim").startsWith("reproduce: ./dsim run "));
        assertTrue(reproduceLine("/opt/my tools/dsim").startsWith("reproduce: '/opt/my tools/dsim' run "),
                "quoted for the shell");
    }

    @Test
    void withoutTheScript_itIsDsim() throws Exception {
        assertTrue(reproduceLine(null).startsWith("reproduce: dsim run "));
    }
}
