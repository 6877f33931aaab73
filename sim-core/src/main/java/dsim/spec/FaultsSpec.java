package dsim.spec;

import java.util.List;
import java.util.Objects;

/**
 * A scenario's fault script and which random fault sources stay on beside it.
 *
 * @param random which random sources apply
 * @param script the scripted faults, in file order (fault 1 is the first)
 */
public record FaultsSpec(RandomFaults random, List<ScriptedFault> script) {

    /** No script, every random source on: a file that says nothing of faults. */
    public static final FaultsSpec NONE = new FaultsSpec(RandomFaults.ON, List.of());

    public FaultsSpec {
        Objects.requireNonNull(random, "random");
        script = List.copyOf(script);
    }
}
