package dsim.shrink;

import dsim.spec.Scenario;
import dsim.spec.ScriptedFault;

import java.util.List;

/**
 * A failing run shrunk to the few faults it needs.
 *
 * @param failure  what fails, as the original run showed it, e.g. {@code duplicated == 0 broken (duplicated 6)}
 * @param fired    how many faults fired in the original run
 * @param faults   the faults the failure needs: 1-minimal (removing any one makes it pass) if
 *                 {@code oneMinimal}, else the fewest that still fail when the search reached its limit of events
 * @param messages each producer's message count in the shrunk scenario, in file order
 * @param original each producer's message count in the original
 * @param scenario the shrunk scenario: random faults off, the faults as its script, the seed as its seed
 * @param runs     how many runs the shrink took
 * @param why      per fault, in order, what the run shows without it; empty unless {@code oneMinimal}
 * @param needs    one sentence: which faults the failure needs, and what happens without them
 * @param oneMinimal whether the search finished; false if it stopped at its limit of events
 */
public record Shrunk(String failure, int fired, List<ScriptedFault> faults, List<Long> messages, List<Long> original,
                     Scenario scenario, int runs, List<String> why, String needs,
                     boolean oneMinimal) {

    public Shrunk {
        faults = List.copyOf(faults);
        messages = List.copyOf(messages);
        original = List.copyOf(original);
        why = List.copyOf(why);
    }
}
