package dsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.Command;

/** Results that cannot be written (a full disk, a closed pipe) are an error, never a silent exit 0. */
class StandardOutputFailureTest {

    /** Standard output on a full disk: every write fails. */
    private static final class FullDisk extends Writer {
        @Override
        public void write(char[] chars, int offset, int length) throws IOException {
            throw new IOException("No space left on device");
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }

    private static Cli.Result runOnFullDisk(String... args) {
        StringWriter err = new StringWriter();
        int code = Main.run(args, Terminal.of(new FullDisk(), err, true));
        return new Cli.Result(code, "", err.toString());
    }

    @Test
    void version_stdoutFull_oneLineNamingTheCause_exit74() {
        Cli.Result r = runOnFullDisk("--version");
        assertEquals(74, r.code());
        assertEquals("dsim: cannot write to standard output: No space left on device\n", r.err());
    }

    @Test
    void run_stdoutFull_exit74EvenThoughTheRunsSucceeded(@TempDir Path dir) throws IOException {
        Path scenario = Cli.write(dir, "tiny.yaml", Cli.TINY);
        Cli.Result r = runOnFullDisk("run", scenario.toString(), "--format", "json");
        assertEquals(74, r.code());
        assertEquals("dsim: cannot write to standard output: No space left on device\n", r.err());
    }

    @Test
    void validate_stdoutFull_exit74() throws IOException {
        Path scenario = Path.of("..", "scenarios", "password-reset.yaml");
        assertEquals(74, runOnFullDisk("validate", scenario.toString()).code());
    }

    @Test
    void help_everyCommand_listsExitCode74() {
        assertTrue(Cli.run("--help").out().contains("74"), "dsim --help");
        for (Class<?> command : Main.SUBCOMMANDS) {
            String name = command.getAnnotation(Command.class).name();
            if (!name.equals("help")) {
                String help = Cli.run(name, "--help").out();
                assertTrue(help.contains("\n  74   ") && help.contains("standard output"), name + " --help:\n" + help);
            }
        }
    }

    @Test
    void run_stdoutIsDevFull_exit74WithTheSystemsReason(@TempDir Path dir) throws Exception {
        File full = new File("/dev/full");
        assumeTrue(full.exists(), "no /dev/full on this system");
        Path scenario = Cli.write(dir, "tiny.yaml", Cli.TINY);
        Process p = NewJvm.dsim("run", scenario.toString(), "--format", "json")
                .redirectOutput(full).redirectError(dir.resolve("err.txt").toFile()).start();
        assertEquals(74, NewJvm.exitCode(p));
        assertEquals("dsim: cannot write to standard output: No space left on device\n",
                Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8));
    }
}
