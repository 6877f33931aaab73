package dsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code dsim install}: DIR/lib/dsim.jar and DIR/bin/dsim, a launcher that runs dsim from any
 * directory. The jar installed here is made by the test: a manifest that starts dsim from this
 * test's class path, so the installed launcher runs the code under test without a built jar.
 */
class InstallTest {

    private static final Path BASH = Path.of("/bin/bash");

    @TempDir
    Path dir;

    private Path jar;
    private Path prefix;

    @BeforeEach
    void makeARunnableJar() throws IOException {
        Manifest m = new Manifest();
        m.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        m.getMainAttributes().put(Attributes.Name.MAIN_CLASS, Main.class.getName());
        List<String> classPath = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            classPath.add(Path.of(entry).toAbsolutePath().toUri().toString());
        }
        m.getMainAttributes().put(Attributes.Name.CLASS_PATH, String.join(" ", classPath));
        jar = dir.resolve("built").resolve("dsim.jar");
        Files.createDirectories(jar.getParent());
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out, m)) {
            j.flush();
        }
        prefix = dir.resolve("prefix with space");
    }

    private Cli.Result install(boolean force) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = InstallCommand.install(Terminal.of(out, err, true), jar, prefix, force);
        return new Cli.Result(code, out.toString(), err.toString());
    }

    /** Runs {@code command} with bash in {@code workDir}, with this JVM's java first on the PATH. */
    private static Cli.Result bash(Path workDir, String command, String stdin) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(BASH.toString(), "-c", command).directory(workDir.toFile());
        pb.environment().put("PATH", Path.of(System.getProperty("java.home"), "bin") + File.pathSeparator
                + System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
        pb.environment().remove("JAVA_OPTS");
        Process p = pb.start();
        try (OutputStream in = p.getOutputStream()) {
            in.write(stdin.getBytes(StandardCharsets.UTF_8));
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(1, TimeUnit.MINUTES), "the launcher did not finish");
        return new Cli.Result(p.exitValue(), out, err);
    }

    @Test
    void install_writesTheJarAndAnExecutableLauncher() throws IOException {
        Cli.Result r = install(false);

        assertEquals(0, r.code(), r.err());
        Path bin = prefix.resolve("bin").resolve("dsim");
        Path lib = prefix.resolve("lib").resolve("dsim.jar");
        assertTrue(r.out().startsWith("installed dsim 0.1.0 (commit "), r.out());
        assertTrue(r.out().contains("\n  " + bin + "\n  " + lib + "\n"), r.out());
        assertTrue(r.out().contains(prefix.resolve("bin") + " is not on your PATH"), r.out());
        assertTrue(Files.isExecutable(bin));
        assertEquals(Files.readString(bin), Installation.LAUNCHER);
        assertTrue(Files.readString(bin).startsWith("#!/usr/bin/env bash\n" + Installation.MARKER + "\n"));
        assertEquals(-1, Files.mismatch(jar, lib), "a copy of the jar");
        assertEquals(0, install(false).code(), "installing again replaces what it installed");
    }

    @Test
    void installedLauncher_runsDsimFromAnotherDirectory_andThroughASymbolicLink() throws Exception {
        assumeTrue(Files.isExecutable(BASH), "no bash on this system");
        assertEquals(0, install(false).code());
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        Path link = Files.createSymbolicLink(elsewhere.resolve("dsim"), prefix.resolve("bin").resolve("dsim"));

        Cli.Result version = bash(elsewhere, "'" + prefix.resolve("bin").resolve("dsim") + "' --version", "");
        Cli.Result linked = bash(elsewhere, "./dsim validate -", Cli.TINY);

        assertEquals(0, version.code(), version.err());
        assertEquals("dsim 0.1.0", version.out().lines().findFirst().orElse(""), version.out());
        assertTrue(version.out().contains("\nJVM: "), version.out());
        assertEquals(0, linked.code(), linked.err());
        assertEquals("ok: <stdin> (1 producer, 1 broker, 1 consumer, 20 messages)\n", linked.out());
        assertTrue(Files.isSymbolicLink(link));
    }

    @Test
    void installedLauncher_withoutItsJar_saysSoInOneLine() throws Exception {
        assumeTrue(Files.isExecutable(BASH), "no bash on this system");
        assertEquals(0, install(false).code());
        Files.delete(prefix.resolve("lib").resolve("dsim.jar"));

        Cli.Result r = bash(dir, "'" + prefix.resolve("bin").resolve("dsim") + "' --version", "");

        assertEquals(70, r.code());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().contains("dsim.jar is missing; install dsim again"), r.err());
    }

    @Test
    void aFileNotDsims_isLeftAlone_untilForced() throws IOException {
        Path bin = Files.createDirectories(prefix.resolve("bin")).resolve("dsim");
        Files.writeString(bin, "#!/bin/sh\necho my own dsim\n");

        Cli.Result refused = install(false);

        assertEquals(2, refused.code());
        assertEquals("", refused.out());
        assertEquals("dsim install: " + bin + " is not a dsim launcher that dsim installed; remove it, or add --force"
                + " to replace it\n", refused.err());
        assertEquals("#!/bin/sh\necho my own dsim\n", Files.readString(bin));
        assertFalse(Files.exists(prefix.resolve("lib").resolve("dsim.jar")), "nothing written");
        assertEquals(0, install(true).code());
        assertEquals(Installation.LAUNCHER, Files.readString(bin));
    }

    @Test
    void aSymbolicLinkInTheWay_isReplaced_neverTheFileItPointsTo() throws IOException {
        Path mine = Files.writeString(dir.resolve("my-launcher"), "mine\n");
        Path bin = Files.createDirectories(prefix.resolve("bin")).resolve("dsim");
        Files.createSymbolicLink(bin, mine);

        Cli.Result refused = install(false);
        Cli.Result forced = install(true);

        assertEquals(2, refused.code());
        assertTrue(refused.err().contains(" is a symbolic link (to " + mine + ")"), refused.err());
        assertEquals(0, forced.code(), forced.err());
        assertFalse(Files.isSymbolicLink(bin));
        assertEquals("mine\n", Files.readString(mine));
    }

    @Test
    void install_runFromClasses_oneLine_exit2() {
        Cli.Result r = Cli.run("install", "--prefix", prefix.toString());

        assertEquals(2, r.code());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().startsWith("dsim install: dsim runs from compiled classes here, not from its jar"), r.err());
        assertFalse(Files.exists(prefix));
    }

    @Test
    void onPath_findsTheFolderAmongThePathsEntries() throws IOException {
        Path bin = Files.createDirectories(prefix.resolve("bin"));

        assertTrue(Installation.onPath(bin, "/usr/bin" + File.pathSeparator + bin));
        assertFalse(Installation.onPath(bin, "/usr/bin"));
        assertFalse(Installation.onPath(bin, null));
    }
}
