package dsim.cli;

import dsim.text.Echo;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code dsim install [--prefix DIR]}: dsim for use from any directory, in DIR/bin and DIR/lib. */
@Command(name = "install", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Install this dsim for use from any directory: DIR/lib/dsim.jar, a copy of its jar, and "
                + "DIR/bin/dsim, a launcher that runs it with the java on the PATH. Run it from the repository as "
                + "./dsim install, which builds the jar first. Installing again replaces both; to uninstall, "
                + "delete them.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:installed", "2:bad usage, a file in the way that dsim did not install (see --force), "
                + "a folder that cannot be written, or dsim not running from its jar",
            "74:the summary could not be written to standard output"})
final class InstallCommand implements Callable<Integer> {

    @ParentCommand
    private Main main;

    @Option(names = "--prefix", paramLabel = "DIR",
            description = "Where to install. Default: ~/.local, so the launcher is ~/.local/bin/dsim.")
    private Path prefix;

    @Option(names = "--force", description = "Replace a DIR/bin/dsim or DIR/lib/dsim.jar that dsim did not "
            + "install (a symbolic link is replaced, not the file it points to).")
    private boolean force;

    @Override
    public Integer call() {
        Terminal t = main.terminal();
        Path jar = Installation.runningJar();
        if (jar == null) {
            t.err().println("dsim install: dsim runs from compiled classes here, not from its jar; run ./dsim install"
                    + " in the repository, which builds the jar");
            return ExitCode.USAGE;
        }
        Path dir = prefix != null ? prefix : Path.of(System.getProperty("user.home"), ".local");
        return install(t, jar, dir, force);
    }

    /** Installs {@code jar} into {@code dir} and says what it wrote; returns the exit code. */
    static int install(Terminal t, Path jar, Path dir, boolean force) {
        List<Path> written;
        try {
            written = Installation.install(jar, dir, force);
        } catch (Installation.Refusal r) {
            t.err().println("dsim install: " + r.getMessage());
            return ExitCode.USAGE;
        } catch (IOException e) {
            t.err().println("dsim install: cannot install into " + Echo.of(dir) + ": " + FileErrors.reason(e));
            return ExitCode.USAGE;
        }
        PrintWriter out = t.out();
        out.println("installed dsim " + Version.number() + " (commit " + Version.commit() + ") in " + dir + ":");
        written.forEach(p -> out.println("  " + p));
        Path bin = written.get(0).getParent();
        if (!Installation.onPath(bin, System.getenv("PATH"))) {
            out.println(bin + " is not on your PATH; add it, e.g. in ~/.bashrc or ~/.zshrc: export PATH=\""
                    + bin.toAbsolutePath() + ":$PATH\"");
        }
        out.flush();
        return ExitCode.OK;
    }
}
