package dsim.story;

import dsim.journal.TraceEntry;
import dsim.journal.TraceKind;

import java.util.ArrayList;
import java.util.List;

/**
 * One message's story: every journal entry that touched it, in journal order, with the
 * crashes and restarts of the nodes it met while they mattered to it.
 *
 * @param messageId the message, {@code producer-seq}
 * @param entries   its entries and the relevant crashes and restarts, in journal order
 */
public record Story(String messageId, List<TraceEntry> entries) {

    public Story {
        entries = List.copyOf(entries);
    }

    /** How many times the message's side effect happened. */
    public int processings() {
        int n = 0;
        for (TraceEntry e : entries) {
            if (e.kind() == TraceKind.PROCESSED) {
                n++;
            }
        }
        return n;
    }

    /** Lost, processed once or duplicated. */
    public MessageOutcome outcome() {
        return MessageOutcome.of(processings());
    }

    /**
     * The nodes of the story, in the order the message met them (its producer first), then
     * any other node an entry names.
     */
    public List<String> nodes() {
        List<String> nodes = new ArrayList<>();
        for (TraceEntry e : entries) {
            if (e.messageId() != null) {
                add(nodes, e.node());
                add(nodes, e.peer());
            }
        }
        for (TraceEntry e : entries) {
            add(nodes, e.node());
            add(nodes, e.peer());
        }
        return List.copyOf(nodes);
    }

    private static void add(List<String> nodes, String node) {
        if (node != null && !nodes.contains(node)) {
            nodes.add(node);
        }
    }
}
