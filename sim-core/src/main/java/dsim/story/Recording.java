package dsim.story;

import dsim.run.RunResult;
import dsim.journal.TraceEntry;

import java.util.List;

/**
 * One run with its whole journal.
 *
 * @param result  the run's tally and digest
 * @param journal every entry of the run, in order
 */
public record Recording(RunResult result, List<TraceEntry> journal) {

    public Recording {
        journal = List.copyOf(journal);
    }
}
