package dsim.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Starts dsim in a JVM of its own, for what only a real process shows: its exit code, signals, file locks. */
final class NewJvm {

    private NewJvm() {
    }

    /** A process builder for {@code dsim args...} on this test's class path; the caller sets redirects and starts it. */
    static ProcessBuilder dsim(String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), "dsim.cli.Main"));
        command.addAll(List.of(args));
        return new ProcessBuilder(command);
    }

    /** Runs to the end, within a minute, and returns the exit code. */
    static int exitCode(Process p) throws IOException, InterruptedException {
        if (!p.waitFor(1, java.util.concurrent.TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("dsim did not finish within a minute");
        }
        return p.exitValue();
    }
}
