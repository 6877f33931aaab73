package dsim.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code dsim} command. A new subcommand is one class plus one entry in
 * {@link #SUBCOMMANDS}; it reaches the terminal through {@code @ParentCommand Main}.
 */
@Command(name = "dsim", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Simulate messages over an unreliable network, deterministically, and count how many "
                + "are lost, processed once and processed twice under each delivery semantics.",
        commandListHeading = "%nCommands:%n",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:success",
            "1:an expect was broken (run, compare, hunt, check)",
            "2:bad input or usage",
            "3:a run hit a limit before it finished, or the heap ran out",
            "4:a determinism check found two runs of one seed that differ",
            "5:a bound over seeds (\"< 0.5%% @95%%\") was still undecided at the seed cap (check)",
            "70:internal error (a bug; the message prints the replay line)",
            "74:the results could not be written to standard output (e.g. a full disk)",
        },
        footer = "%nResults go to stdout; errors and warnings to stderr. DSIM_DEBUG=1 prints stack traces.")
public final class Main implements Callable<Integer> {

    /** The subcommands, in the order help lists them. */
    static final List<Class<?>> SUBCOMMANDS = List.of(
            RunCommand.class,
            CompareCommand.class,
            HuntCommand.class,
            CheckCommand.class,
            MergeCommand.class,
            ReplayCommand.class,
            ShrinkCommand.class,
            ValidateCommand.class,
            CatalogCommand.class,
            PresetsCommand.class,
            BenchCommand.class,
            SchemaCommand.class,
            InstallCommand.class,
            AutoComplete.GenerateCompletion.class,
            HelpCommand.class);

    @Spec
    private CommandSpec spec;

    private final Terminal terminal;

    /** A command printing to {@code terminal}. */
    public Main(Terminal terminal) {
        this.terminal = terminal;
    }

    /** Runs dsim and exits with its exit code. */
    public static void main(String[] args) {
        System.exit(run(args, Terminal.system()));
    }

    /**
     * Runs dsim with {@code args} in this process and returns the exit code, never throwing; 74
     * when the results could not all be written to {@code terminal.out()}.
     */
    public static int run(String[] args, Terminal terminal) {
        return execute(commandLine(terminal, args), args, terminal);
    }

    /**
     * Executes {@code args} on {@code cl} and returns the exit code. Running out of heap is a
     * limit of this JVM, not a bug in dsim: it exits {@link ExitCode#LIMIT_HIT} with one line
     * that says how to raise the heap.
     */
    static int execute(CommandLine cl, String[] args, Terminal terminal) {
        int code;
        try {
            code = cl.execute(args);
        } catch (OutOfMemoryError e) {
            // picocli's handlers see exceptions only; an Error would otherwise end in a stack trace.
            terminal.err().println(HeapCheck.ranOut(Runtime.getRuntime().maxMemory()));
            code = ExitCode.LIMIT_HIT;
        }
        String failure = terminal.outFailure();
        if (failure != null) {
            // Checked here, once for every command: results a script never got are no success.
            terminal.err().println("dsim: cannot write to standard output: " + failure);
            code = code == ExitCode.INTERNAL_ERROR ? code : ExitCode.OUTPUT_NOT_WRITTEN;
        }
        terminal.err().flush();
        return code;
    }

    /** The configured command line with every subcommand: our error handlers, printing to {@code terminal}. */
    public static CommandLine commandLine(Terminal terminal) {
        return commandLine(terminal, SUBCOMMANDS);
    }

    /**
     * The command line for {@code args}. When they start with a subcommand's name, only that
     * subcommand is set up: picocli reads every option of every command it is given, and
     * the others cost a sixth of a small run's time. Anything else (no command, an
     * unknown one, {@code help}, {@code --help}, {@code generate-completion}, whose script
     * completes them all) gets them all, for the listing and the suggestions.
     */
    static CommandLine commandLine(Terminal terminal, String[] args) {
        String first = args.length > 0 ? args[0] : "";
        for (Class<?> command : SUBCOMMANDS) {
            if (command != HelpCommand.class && command != AutoComplete.GenerateCompletion.class
                    && first.equals(command.getAnnotation(Command.class).name())) {
                return commandLine(terminal, List.of(command));
            }
        }
        return commandLine(terminal);
    }

    private static CommandLine commandLine(Terminal terminal, List<Class<?>> subcommands) {
        CommandLine cl = new CommandLine(new Main(terminal));
        subcommands.forEach(cl::addSubcommand);
        Completion.configure(cl);
        cl.setOut(terminal.out());
        cl.setErr(terminal.err());
        cl.setParameterExceptionHandler(new UsageErrorHandler(terminal));
        cl.setExecutionExceptionHandler(new InternalErrorHandler(terminal));
        return cl;
    }

    /** Where subcommands print. */
    Terminal terminal() {
        return terminal;
    }

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "missing a command, e.g. 'dsim run FILE'.");
    }
}
