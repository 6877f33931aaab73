package dsim.cli;

import picocli.CommandLine.Option;

/** The {@code --threads} option of the commands that sweep seeds (a picocli mixin). */
final class WorkerThreads {

    @Option(names = "--threads", paramLabel = "N",
            description = "Worker threads; the output is identical for any value. Default: the number of cores.")
    private Integer threads;

    /** The workers to use: {@code --threads}, or one per core. */
    int count() {
        return threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    }
}
