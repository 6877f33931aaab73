package dsim.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Runs dsim in a separate JVM with a heap of its own size, as a user would with JAVA_OPTS=-Xmx. */
final class ChildJvm {

    private ChildJvm() {
    }

    /** dsim with {@code args} in a JVM whose heap is {@code xmx} (e.g. "64m"). */
    static Cli.Result run(String xmx, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx" + xmx, "-cp", System.getProperty("java.class.path"), "dsim.cli.Main"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).start();
        // Both streams at once: a child that fills one pipe while we wait on the other would hang.
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(p.getErrorStream()));
        String out = read(p.getInputStream());
        assertTrue(p.waitFor(3, TimeUnit.MINUTES), "dsim did not finish");
        return new Cli.Result(p.exitValue(), out, err.join());
    }

    private static String read(InputStream in) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (in) {
            in.transferTo(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
