package dsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

class MainTest {

    @Test
    void help_listsCommandsAndExitCodes() {
        Cli.Result r = Cli.run("--help");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("Exit codes:"), r.out());
        for (String s : new String[] {"run", "validate", "success", "an expect was broken", "bad input or usage",
            "hit a limit", "determinism", "70", "internal error"}) {
            assertTrue(r.out().contains(s), "missing '" + s + "' in\n" + r.out());
        }
        assertEquals("", r.err());
    }

    @Test
    void help_listsEverySubcommand_evenThoughARunSetsUpOnlyItsOwn() {
        String help = Cli.run("--help").out();
        Terminal t = Terminal.of(new StringWriter(), new StringWriter(), true);
        for (Class<?> command : Main.SUBCOMMANDS) {
            String name = command.getAnnotation(Command.class).name();
            assertTrue(help.contains("\n  " + name + " "), name + " missing from\n" + help);
            if (!name.equals("help") && !name.equals(Completion.NAME)) {
                assertEquals(java.util.Set.of(name),
                        Main.commandLine(t, new String[] {name, "x.yaml"}).getSubcommands().keySet(), name);
            }
        }
        assertEquals(Main.SUBCOMMANDS.size(),
                Main.commandLine(t, new String[] {Completion.NAME}).getSubcommands().size(),
                "the completion script completes every command");
        assertEquals(Main.SUBCOMMANDS.size(),
                Main.commandLine(t, new String[] {"rnu", "x.yaml"}).getSubcommands().size(),
                "an unknown command gets them all, for the suggestion");
    }

    @Test
    void version_printsTheVersionTheCommitAndTheJvm() {
        Cli.Result r = Cli.run("--version");
        assertEquals(0, r.code());
        List<String> lines = r.out().lines().toList();
        assertEquals(3, lines.size(), r.out());
        assertEquals("dsim 0.1.0", lines.get(0));
        assertTrue(lines.get(1).matches("commit: ([0-9a-f]{7,40}(-dirty)?|unknown)"), lines.get(1));
        assertEquals("JVM: " + System.getProperty("java.runtime.version") + " (" + System.getProperty("java.vendor")
                + ", " + System.getProperty("java.vm.name") + ")", lines.get(2));
        assertEquals(r.out(), Cli.run("run", "--version").out(), "every command says the same");
    }

    /** Built from this repository, the commit is stamped; a build from a source archive says unknown. */
    @Test
    void version_builtInAGitRepository_namesTheCommit() {
        assumeTrue(Files.exists(Path.of("..", ".git")), "not built from a git repository");
        assertTrue(Version.commit().matches("[0-9a-f]{12}(-dirty)?"), Version.commit());
    }

    @Test
    void runHelp_describesTraceAndExitCodes() {
        Cli.Result r = Cli.run("run", "--help");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("--trace=FILE"), r.out());
        assertTrue(r.out().contains("--seed=N"), r.out());
        assertTrue(r.out().contains("Exit codes:"), r.out());
    }

    @Test
    void unknownOption_oneLineWithSuggestion_exit2() {
        Cli.Result r = Cli.run("run", "tiny.yaml", "--sed=5");
        assertEquals(2, r.code());
        assertEquals("", r.out());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().startsWith("dsim run: Unknown option: '--sed=5'"), r.err());
        assertTrue(r.err().contains("did you mean '--seed'"), r.err());
        assertTrue(r.err().strip().endsWith("Try 'dsim run --help'."), r.err());
    }

    @Test
    void unknownCommand_suggestsTheClosest_exit2() {
        Cli.Result r = Cli.run("runn", "tiny.yaml");
        assertEquals(2, r.code());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().contains("'run'"), r.err());
        assertTrue(r.err().strip().endsWith("Try 'dsim --help'."), r.err());
    }

    @Test
    void noCommand_isAUsageError() {
        Cli.Result r = Cli.run();
        assertEquals(2, r.code());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().contains("missing a command"), r.err());
    }

    @Test
    void missingFile_isAUsageError() {
        Cli.Result r = Cli.run("run");
        assertEquals(2, r.code());
        assertEquals("dsim run: Missing required parameter: 'FILE'. Try 'dsim run --help'.", r.err().strip());
    }

    @Test
    void badSeedOrFormat_isAUsageError() {
        Cli.Result seed = Cli.run("run", "tiny.yaml", "--seed", "0xZZ");
        assertEquals(2, seed.code());
        assertTrue(seed.err().contains("expected a decimal or 0x-hex"), seed.err());
        Cli.Result format = Cli.run("run", "tiny.yaml", "--format", "xml");
        assertEquals(2, format.code());
        assertTrue(format.err().contains("expected text or json, got 'xml'"), format.err());
    }

    /** A command that fails like a bug would, in the middle of a known run. */
    @Command(name = "boom")
    static final class Boom implements Callable<Integer>, Reproducible {
        @Override
        public Integer call() {
            throw new IllegalStateException("queue went backwards");
        }

        @Override
        public String reproduceLine() {
            return "dsim run tiny.yaml --semantics exactly-once --seed 7";
        }
    }

    @Test
    void internalError_twoLinesWithReplay_exit70_noStackTrace() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine(Terminal.of(out, err, true));
        cl.addSubcommand("boom", new Boom());
        assertEquals(70, cl.execute("boom"));
        assertEquals("dsim: internal error: java.lang.IllegalStateException: queue went backwards\n"
                + "this is a bug; reproduce with: dsim run tiny.yaml --semantics exactly-once --seed 7\n",
                err.toString());
        assertEquals("", out.toString());
    }

    /** A command that needs more heap than the JVM has. */
    @Command(name = "hog")
    static final class Hog implements Callable<Integer> {
        @Override
        public Integer call() {
            throw new OutOfMemoryError("Java heap space");
        }
    }

    @Test
    void outOfMemory_inACommand_oneLineSayingHowToRaiseTheHeap_exit3() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Terminal t = Terminal.of(out, err, true);
        CommandLine cl = Main.commandLine(t);
        cl.addSubcommand("hog", new Hog());

        assertEquals(ExitCode.LIMIT_HIT, Main.execute(cl, new String[] {"hog"}, t));

        assertTrue(err.toString().matches("dsim: out of memory: the run needed more than the \\d+(\\.\\d)? [MG]B of heap"
                + " this JVM may use; run it again with more, e.g. JAVA_OPTS=-Xmx\\d+[mg]\\R"), err.toString());
        assertEquals("", out.toString());
    }

    /**
     * A command whose sweep runs out of heap on a worker thread, as a large compare might, and
     * again when it finishes on one thread: a seed that does not fit even alone.
     */
    @Command(name = "hog-in-a-worker")
    static final class HogInAWorker implements Callable<Integer> {
        @Override
        public Integer call() {
            dsim.sweep.OrderedWorkers.run(64, 2, i -> {
                if (i == 9) {
                    throw new OutOfMemoryError("Java heap space");
                }
                return i;
            }, i -> true, null);
            return ExitCode.OK;
        }
    }

    @Test
    void outOfMemory_inASweepWorkerThread_reachesTheSameOneLine_exit3() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Terminal t = Terminal.of(out, err, true);
        CommandLine cl = Main.commandLine(t);
        cl.addSubcommand("hog-in-a-worker", new HogInAWorker());

        assertEquals(ExitCode.LIMIT_HIT, Main.execute(cl, new String[] {"hog-in-a-worker"}, t));

        assertEquals(1, err.toString().lines().count(), err.toString());
        assertTrue(err.toString().startsWith("dsim: out of memory: "), err.toString());
    }

    @Test
    void internalError_withDebug_addsTheStackTrace() {
        StringWriter err = new StringWriter();
        PrintWriter pw = new PrintWriter(err, true);
        CommandLine cl = Main.commandLine(new Terminal(new PrintWriter(new StringWriter()), pw, true, true));
        cl.addSubcommand("boom", new Boom());
        assertEquals(70, cl.execute("boom"));
        assertTrue(err.toString().contains("\tat dsim.cli.MainTest$Boom.call"), err.toString());
    }
}
