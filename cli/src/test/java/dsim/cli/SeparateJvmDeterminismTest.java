package dsim.cli;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Same scenario, same seed, two separate JVMs: byte-identical JSON. Nothing a JVM picks
 * at start-up (hash seeds, identity hash codes, default locale) may reach the output.
 */
class SeparateJvmDeterminismTest {

    private static final Path SCENARIO = Path.of("..", "scenarios", "password-reset.yaml");

    private static byte[] runInNewJvm(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // A different locale and hash-seed-sensitive flags in the second JVM would show any leak.
        command.add("-Duser.language=" + (args.length % 2 == 0 ? "de" : "tr"));
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("dsim.cli.Main");
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (InputStream in = p.getInputStream()) {
            in.transferTo(out);
        }
        assertTrue(p.waitFor(2, TimeUnit.MINUTES), "dsim did not finish");
        assertEquals(0, p.exitValue(), () -> "exit code; stdout: " + out);
        return out.toByteArray();
    }

    private static List<String> digests(byte[] json) {
        Matcher m = Pattern.compile("\"traceDigest\"\\s*:\\s*\"([0-9a-f]{16})\"").matcher(new String(json, java.nio.charset.StandardCharsets.UTF_8));
        List<String> out = new ArrayList<>();
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    @Test
    void run_sameSeedInTwoJvms_printsIdenticalBytes() throws Exception {
        assertTrue(Files.exists(SCENARIO), "bundled scenario not found from " + Path.of("").toAbsolutePath());
        byte[] first = runInNewJvm("run", SCENARIO.toString(), "--format", "json");
        byte[] second = runInNewJvm("run", SCENARIO.toString(), "--format", "json", "--seed", "42");
        assertArrayEquals(first, second);
        assertEquals(3, digests(first).size());
    }

    @Test
    void run_otherSeedInAnotherJvm_printsOtherDigests() throws Exception {
        byte[] first = runInNewJvm("run", SCENARIO.toString(), "--format", "json", "--seed", "1");
        byte[] second = runInNewJvm("run", SCENARIO.toString(), "--format", "json", "--seed", "2");
        List<String> a = digests(first);
        List<String> b = digests(second);
        assertEquals(3, a.size());
        for (int i = 0; i < a.size(); i++) {
            assertNotEquals(a.get(i), b.get(i));
        }
    }
}
