package dsim.cli;

import dsim.text.Echo;
import dsim.spec.Scenario;
import dsim.spec.Semantics;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/** The semantics a command was asked for with {@code --semantics}, checked against the scenario's list. */
final class SemanticsChoice {

    private SemanticsChoice() {
    }

    /** Every semantics' name, which shell completion offers. */
    static final class Names implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(Semantics.values()).map(Semantics::id).iterator();
        }
    }

    /**
     * The named semantics in the scenario's order, or all of the scenario's if none is named.
     *
     * @throws ParameterException naming the known ones if a name is not a semantics of the scenario
     */
    static List<Semantics> of(Scenario scenario, List<String> names, CommandLine commandLine) {
        if (names.isEmpty()) {
            return scenario.semantics();
        }
        List<Semantics> wanted = new ArrayList<>();
        for (String name : names) {
            Semantics s = Semantics.fromId(name.strip());
            if (s == null || !scenario.semantics().contains(s)) {
                String known = scenario.semantics().stream().map(Semantics::id).collect(Collectors.joining(", "));
                throw new ParameterException(commandLine, "--semantics: '" + Echo.of(name) + "' is not a semantics of "
                        + scenario.name() + " (known: " + known + ")");
            }
            wanted.add(s);
        }
        return scenario.semantics().stream().filter(wanted::contains).toList();
    }
}
