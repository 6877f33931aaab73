package dsim.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * {@code dsim generate-completion}: picocli's own command, which prints a bash and zsh
 * completion script for every dsim command and option. Its help is made to read like the
 * others': it lists its exit codes, and {@code --version} is dsim's.
 */
final class Completion {

    /** The subcommand's name, as picocli's {@code GenerateCompletion} declares it. */
    static final String NAME = "generate-completion";

    private Completion() {
    }

    /** Makes the {@code generate-completion} subcommand of {@code dsim}, if set up, read like the others. */
    static void configure(CommandLine dsim) {
        CommandLine completion = dsim.getSubcommands().get(NAME);
        if (completion == null) {
            return;
        }
        Map<String, String> codes = new LinkedHashMap<>();
        codes.put("0", "success");
        codes.put("74", "the script could not be written to standard output");
        UsageMessageSpec usage = completion.getCommandSpec().usageMessage();
        usage.exitCodeListHeading("%nExit codes:%n").exitCodeList(codes);
        completion.getCommandSpec().versionProvider(new Version());
    }
}
