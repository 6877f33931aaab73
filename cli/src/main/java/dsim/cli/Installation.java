package dsim.cli;

import dsim.text.Echo;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * dsim installed for use from any directory: {@code DIR/lib/dsim.jar}, a copy of the jar, and
 * {@code DIR/bin/dsim}, a launcher script that runs it with the {@code java} on the PATH. Both
 * are written whole or not at all, and a file of someone else's in their place is left alone
 * unless forced.
 */
final class Installation {

    /** The line that marks a launcher {@code dsim install} wrote, so a later install may replace it. */
    static final String MARKER = "# dsim launcher, installed by 'dsim install': runs DIR/lib/dsim.jar.";

    /** The installed launcher: follows symbolic links to find its jar, and tells dsim how it was invoked. */
    static final String LAUNCHER = """
            #!/usr/bin/env bash
            MARKER
            # Works from any directory and through symbolic links. JAVA_OPTS is passed to the JVM.
            set -euo pipefail

            source_path="${BASH_SOURCE[0]}"
            while [ -L "$source_path" ]; do
              link_dir="$(cd -P "$(dirname "$source_path")" && pwd)"
              source_path="$(readlink "$source_path")"
              case "$source_path" in
                /*) ;;
                *) source_path="$link_dir/$source_path" ;;
              esac
            done
            jar="$(cd -P "$(dirname "$source_path")/.." && pwd)/lib/dsim.jar"
            if [ ! -f "$jar" ]; then
              echo "dsim: $jar is missing; install dsim again (dsim install --prefix DIR)" >&2
              exit 70
            fi

            # The lines dsim prints to reproduce a run start with dsim as it was typed.
            launcher="$0"
            if [ "$(command -v "$(basename "$0")" 2>/dev/null || true)" = "$0" ]; then
              launcher="$(basename "$0")"
            fi
            export DSIM_LAUNCHER="$launcher"
            if [ -t 2 ]; then export DSIM_STDERR_TTY=1; else export DSIM_STDERR_TTY=0; fi

            # shellcheck disable=SC2086 # JAVA_OPTS is a list of words by convention.
            exec java ${JAVA_OPTS:-} -jar "$jar" "$@"
            """.replace("MARKER", MARKER);

    /** Why a file in the way was left alone. */
    static final class Refusal extends Exception {
        Refusal(String message) {
            super(message);
        }
    }

    private Installation() {
    }

    /** The jar this dsim runs from, or null when it runs from compiled classes (a test, an IDE). */
    static Path runningJar() {
        try {
            Path p = Path.of(Installation.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isRegularFile(p) && p.getFileName().toString().endsWith(".jar") ? p : null;
        } catch (URISyntaxException | RuntimeException e) {
            return null;
        }
    }

    /**
     * Installs {@code jar} under {@code prefix}: {@code lib/dsim.jar} and {@code bin/dsim}.
     *
     * @return the two files, launcher first
     * @throws Refusal if a file there is not one dsim installed (or is a symbolic link), and not {@code force}
     */
    static List<Path> install(Path jar, Path prefix, boolean force) throws IOException, Refusal {
        Path bin = prefix.resolve("bin").resolve("dsim");
        Path lib = prefix.resolve("lib").resolve("dsim.jar");
        checkReplaceable(bin, force, Installation::isOurLauncher, "a dsim launcher");
        checkReplaceable(lib, force, Installation::isDsimJar, "a dsim jar");
        Files.createDirectories(bin.getParent());
        Files.createDirectories(lib.getParent());
        if (force) { // a link is replaced, never the file it points to
            deleteLink(bin);
            deleteLink(lib);
        }
        // The jar first: a launcher never stands without the jar it runs.
        if (!isSameFile(jar, lib)) {
            AtomicFile.copy(jar, lib);
        }
        AtomicFile.write(bin, out -> out.write(LAUNCHER));
        if (bin.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(bin, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        return List.of(bin, lib);
    }

    /** Whether {@code dir} is one of the folders of {@code path} (a PATH variable's value). */
    static boolean onPath(Path dir, String path) {
        if (path == null) {
            return false;
        }
        for (String entry : path.split(File.pathSeparator)) {
            if (!entry.isEmpty() && isSameFile(Path.of(entry), dir)) {
                return true;
            }
        }
        return false;
    }

    private interface Check {
        boolean holds(Path file) throws IOException;
    }

    private static void checkReplaceable(Path file, boolean force, Check ours, String what)
            throws IOException, Refusal {
        if (force || !Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (Files.isSymbolicLink(file)) {
            throw new Refusal(Echo.of(file) + " is a symbolic link (to " + Echo.of(Files.readSymbolicLink(file))
                    + "); remove it, or add --force to replace the link");
        }
        if (!Files.isRegularFile(file) || !ours.holds(file)) {
            throw new Refusal(Echo.of(file) + " is not " + what + " that dsim installed; remove it, or add --force to "
                    + "replace it");
        }
    }

    private static boolean isOurLauncher(Path file) throws IOException {
        byte[] head = new byte[4096];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        }
        return new String(head, 0, n, StandardCharsets.UTF_8).contains(MARKER);
    }

    private static boolean isDsimJar(Path file) {
        try (JarFile jar = new JarFile(file.toFile())) {
            Manifest m = jar.getManifest();
            return m != null && Main.class.getName().equals(m.getMainAttributes().getValue("Main-Class"));
        } catch (IOException e) {
            return false; // not a jar at all
        }
    }

    private static void deleteLink(Path file) throws IOException {
        if (Files.isSymbolicLink(file)) {
            Files.delete(file);
        }
    }

    private static boolean isSameFile(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }
}
