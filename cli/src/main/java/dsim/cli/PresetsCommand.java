package dsim.cli;

import dsim.preset.Preset;
import dsim.preset.Presets;
import dsim.report.PresetText;
import dsim.report.catalog.PresetMarkdown;
import dsim.text.Echo;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code dsim presets [NAME]}: the platform presets, or one preset's knobs with their sources and hazards. */
@Command(name = "presets", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "List the platform presets a broker can take (preset: NAME), or, with NAME, print every knob "
                + "the preset fills with its value, unit and the vendor's document it came from, what it leaves "
                + "out, and the hazards its defaults carry. The bundled table is made with: "
                + PresetMarkdown.REGENERATE,
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "2:unknown preset or bad usage",
            "74:the text could not be written to standard output"})
final class PresetsCommand implements Callable<Integer> {

    @ParentCommand
    private Main main;

    @Parameters(index = "0", arity = "0..1", paramLabel = "NAME", description = "A preset, e.g. sqs-fifo.")
    private String name;

    @Option(names = "--markdown", description = "Print every preset as the Markdown of scenarios/presets/README.md.")
    private boolean markdown;

    @Override
    public Integer call() {
        Terminal t = main.terminal();
        if (markdown && name != null) {
            t.err().println("dsim presets: --markdown prints every preset; leave out " + Echo.of(name));
            return ExitCode.USAGE;
        }
        String text;
        if (markdown) {
            text = PresetMarkdown.render();
        } else if (name == null) {
            text = PresetText.list();
        } else {
            Preset p = Presets.find(name);
            if (p == null) {
                t.err().println("dsim presets: unknown preset " + Echo.of(name) + ", expected one of: "
                        + String.join(", ", Presets.names()));
                return ExitCode.USAGE;
            }
            text = PresetText.show(p);
        }
        t.out().print(text);
        t.out().flush();
        return ExitCode.OK;
    }
}
