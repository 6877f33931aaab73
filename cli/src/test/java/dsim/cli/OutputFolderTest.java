package dsim.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OutputFolderTest {

    @Test
    void compare_outHoldsForeignFiles_refusesAndTouchesNothing(@TempDir Path dir) throws Exception {
        Path scenario = Cli.write(dir, "tiny.yaml", Cli.TINY);
        Path out = Files.createDirectories(dir.resolve("mine"));
        Files.writeString(out.resolve("thesis.tex"), "precious");
        Cli.Result r = Cli.run("compare", scenario.toString(), "--seeds", "2", "--out", out.toString());
        assertEquals(2, r.code());
        assertEquals("dsim compare: " + out + " holds files dsim did not write (thesis.tex); choose another --out, "
                + "or add --force to write there anyway", r.err().strip());
        assertFalse(Files.exists(out.resolve("report.html")));
        assertEquals("precious", Files.readString(out.resolve("thesis.tex")));
    }

    @Test
    void compare_force_writesBesideForeignFiles(@TempDir Path dir) throws Exception {
        Path scenario = Cli.write(dir, "tiny.yaml", Cli.TINY);
        Path out = Files.createDirectories(dir.resolve("mine"));
        Files.writeString(out.resolve("notes.txt"), "keep");
        Cli.Result r = Cli.run("compare", scenario.toString(), "--seeds", "2", "--out", out.toString(), "--force");
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.exists(out.resolve("report.html")));
        assertEquals("keep", Files.readString(out.resolve("notes.txt")));
    }

    @Test
    void compare_twiceIntoItsOwnFolder_overwritesWithoutForce(@TempDir Path dir) throws Exception {
        Path scenario = Cli.write(dir, "tiny.yaml", Cli.TINY);
        Path out = dir.resolve("r");
        assertEquals(0, Cli.run("compare", scenario.toString(), "--seeds", "2", "--out", out.toString()).code());
        assertEquals(0, Cli.run("compare", scenario.toString(), "--seeds", "2", "--out", out.toString()).code());
    }

    @Test
    void compare_outIsAFile_refuses(@TempDir Path dir) throws Exception {
        Path scenario = Cli.write(dir, "tiny.yaml", Cli.TINY);
        Path file = Files.writeString(dir.resolve("plain"), "x");
        Cli.Result r = Cli.run("compare", scenario.toString(), "--seeds", "2", "--out", file.toString(), "--force");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("is a file, not a folder"), r.err());
    }

    @Test
    void replay_outHoldsForeignFiles_refuses(@TempDir Path dir) throws Exception {
        Path scenario = Cli.write(dir, "tiny.yaml", Cli.TINY);
        Path out = Files.createDirectories(dir.resolve("d"));
        Files.writeString(out.resolve("a.png"), "x");
        Cli.Result r = Cli.run("replay", scenario.toString(), "--semantics", "at-least-once", "--out", out.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("dsim replay: " + out + " holds files dsim did not write (a.png)"), r.err());
    }

    @Test
    void compareHelp_forceSaysFilesAreThenReplacedOneAtATime() {
        String help = Cli.run("compare", "--help").out().replaceAll("\\s+", " ");
        assertTrue(help.contains("one at a time"), help);
    }
}
