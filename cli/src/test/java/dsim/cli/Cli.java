package dsim.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Runs dsim in this process with captured stdout and stderr. */
final class Cli {

    /** What one invocation did. */
    record Result(int code, String out, String err) {
    }

    private Cli() {
    }

    static Result run(String... args) {
        return run(true, args);
    }

    static Result run(boolean unicode, String... args) {
        return run(unicode, InputStream.nullInputStream(), args);
    }

    /** dsim with {@code args} and {@code input} on its standard input. */
    static Result runWithInput(String input, String... args) {
        return run(true, new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), args);
    }

    private static Result run(boolean unicode, InputStream in, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, Terminal.of(out, err, unicode).withInput(in));
        return new Result(code, out.toString(), err.toString());
    }

    /** A small scenario: one producer, one broker, one consumer, a lossy default link. */
    static final String TINY = """
            name: tiny
            description: Twenty messages through a lossy link.
            seed: 7
            semantics: [at-most-once, at-least-once, exactly-once]
            producers:
              - name: app
                send-to: queue
                messages: 20
                arrival: { process: fixed, interval: 100ms }
            brokers:
              - name: queue
                deliver-to: [worker]
                durable: true
                redelivery-timeout: 5s
            consumers:
              - name: worker
                processing: { distribution: uniform, min: 1ms, max: 5ms }
            network:
              default: { delay: 10ms, loss: 0.2 }
            retry: { timeout: 2s, max-attempts: 8, backoff: { multiplier: 2, max: 1m, jitter: 0.1 } }
            limits: { max-time: 24h, max-events: 100000000 }
            """;

    /**
     * {@code yaml} (a variant of {@link #TINY}) with a worker that keeps up with a message every
     * 10 ms: a delivery takes 10 ms to arrive, so a prefetch of one would leave it idle half the
     * time and the broker's backlog would grow without end.
     */
    static String keepingUp(String yaml) {
        return yaml.replace("  - name: worker\n", "  - name: worker\n    prefetch: 8\n");
    }

    static Path write(Path dir, String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }
}
