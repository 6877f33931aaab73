package dsim.story;

import dsim.journal.TraceEntry;

import java.util.List;

/**
 * Why one message ended as it did, computed from its journal entries.
 *
 * @param messageId the message
 * @param outcome   lost, processed once or duplicated
 * @param cause     the first thing that went wrong ({@link Cause#NONE} if nothing did)
 * @param chain     the entries that make the causal chain, in journal order
 * @param text      the chain in one or two plain sentences
 */
public record Explanation(String messageId, MessageOutcome outcome, Cause cause, List<TraceEntry> chain, String text) {

    public Explanation {
        chain = List.copyOf(chain);
    }
}
