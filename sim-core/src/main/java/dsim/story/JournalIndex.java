package dsim.story;

import dsim.journal.TraceEntry;
import dsim.journal.TraceKind;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A run's journal indexed by message, in creation order, by node for crashes and restarts,
 * and by partition for a log's commits and assignments: built in one pass, then any message's
 * story is cut out without rescanning.
 */
public final class JournalIndex {

    private final List<TraceEntry> journal;
    /** Journal positions per message; insertion order is creation order (a message starts with CREATED). */
    private final Map<String, IntList> byMessage = new LinkedHashMap<>();
    /** Journal positions of each node's crashes and restarts, by node name. */
    private final Map<String, IntList> downtime = new TreeMap<>();
    /** Journal positions of entries about no message (crashes, restarts, assignments), by seq. */
    private final Map<Long, Integer> nodeEntries = new TreeMap<>();
    /** Journal positions of each partition's commits, by broker and partition. */
    private final Map<String, IntList> commits = new TreeMap<>();

    private JournalIndex(List<TraceEntry> journal) {
        this.journal = List.copyOf(journal);
        for (int i = 0; i < this.journal.size(); i++) {
            TraceEntry e = this.journal.get(i);
            if (e.messageId() != null) {
                byMessage.computeIfAbsent(e.messageId(), k -> new IntList()).add(i);
            } else {
                nodeEntries.put(e.seq(), i);
                if (e.kind() == TraceKind.CRASHED || e.kind() == TraceKind.RESTARTED) {
                    downtime.computeIfAbsent(e.node(), k -> new IntList()).add(i);
                }
            }
            if (e.kind() == TraceKind.COMMITTED) {
                commits.computeIfAbsent(partitionKey(e), k -> new IntList()).add(i);
            }
        }
    }

    /** Indexes {@code journal}, a run's entries in order. */
    public static JournalIndex of(List<TraceEntry> journal) {
        return new JournalIndex(journal);
    }

    /** The journal indexed. */
    public List<TraceEntry> journal() {
        return journal;
    }

    /** Every message the run created, in creation order. */
    public List<String> messageIds() {
        return List.copyOf(byMessage.keySet());
    }

    /** Whether the run created a message with this id. */
    public boolean contains(String messageId) {
        return byMessage.containsKey(messageId);
    }

    /** How many times {@code messageId} was processed. */
    public int processings(String messageId) {
        IntList at = byMessage.get(messageId);
        int n = 0;
        for (int k = 0; at != null && k < at.size; k++) {
            if (journal.get(at.values[k]).kind() == TraceKind.PROCESSED) {
                n++;
            }
        }
        return n;
    }

    /** The messages with this outcome, in creation order. */
    public List<String> withOutcome(MessageOutcome outcome) {
        List<String> ids = new ArrayList<>();
        for (String id : byMessage.keySet()) {
            if (MessageOutcome.of(processings(id)) == outcome) {
                ids.add(id);
            }
        }
        return ids;
    }

    private static String partitionKey(TraceEntry e) {
        return e.node() + "#" + e.partition();
    }

    /**
     * The story of {@code messageId}: its entries plus each crash of a node it met whose down
     * time overlaps the message's life (from its first entry to its last), with the restart;
     * and for each time a log handed it out again after giving its partition to a consumer,
     * that assignment, what brought it about, and the partition's last commit before then by
     * the consumer that had it.
     *
     * @throws IllegalArgumentException if the run created no such message
     */
    public Story story(String messageId) {
        IntList own = byMessage.get(messageId);
        if (own == null) {
            throw new IllegalArgumentException("no message " + messageId + " in this run");
        }
        int first = own.values[0];
        int last = own.values[own.size - 1];
        Set<String> nodes = new LinkedHashSet<>();
        for (int k = 0; k < own.size; k++) {
            TraceEntry e = journal.get(own.values[k]);
            nodes.add(e.node());
            if (e.peer() != null) {
                nodes.add(e.peer());
            }
        }
        IntList picked = new IntList();
        for (int k = 0; k < own.size; k++) {
            picked.add(own.values[k]);
        }
        for (String node : nodes) {
            addDowntime(picked, downtime.get(node), first, last);
        }
        for (int k = 0; k < own.size; k++) {
            addAssignment(picked, journal.get(own.values[k]).causedBy());
        }
        int[] positions = Arrays.copyOf(picked.values, picked.size);
        Arrays.sort(positions);
        List<TraceEntry> entries = new ArrayList<>(positions.length);
        for (int k = 0; k < positions.length; k++) {
            if (k == 0 || positions[k] != positions[k - 1]) { // an entry picked twice is told once
                entries.add(journal.get(positions[k]));
            }
        }
        return new Story(messageId, entries);
    }

    /**
     * If entry {@code seq} is a log's assignment of a partition, adds it, its cause (the crash
     * whose session expired, or the restart that rejoined), and the partition's last commit
     * before that cause by the consumer it came from.
     */
    private void addAssignment(IntList picked, long seq) {
        Integer at = nodeEntries.get(seq);
        if (at == null || journal.get(at).kind() != TraceKind.ASSIGNED) {
            return;
        }
        picked.add(at);
        TraceEntry assigned = journal.get(at);
        Integer cause = nodeEntries.get(assigned.causedBy());
        int before = at;
        String previous = null;
        if (cause != null) {
            picked.add(cause);
            before = cause;
            previous = journal.get(cause).node();
        }
        IntList partition = commits.get(partitionKey(assigned));
        for (int k = partition == null ? -1 : partition.size - 1; k >= 0; k--) {
            int c = partition.values[k];
            if (c < before && (previous == null || previous.equals(journal.get(c).peer()))) {
                picked.add(c);
                return;
            }
        }
    }

    /** Adds each crash (and its restart) of one node whose down time overlaps [first, last]. */
    private void addDowntime(IntList picked, IntList marks, int first, int last) {
        for (int k = 0; marks != null && k < marks.size; k++) {
            int crash = marks.values[k];
            if (journal.get(crash).kind() != TraceKind.CRASHED) {
                continue;
            }
            boolean restarts = k + 1 < marks.size && journal.get(marks.values[k + 1]).kind() == TraceKind.RESTARTED;
            int restart = restarts ? marks.values[k + 1] : Integer.MAX_VALUE;
            if (crash <= last && restart >= first) {
                picked.add(crash);
                if (restarts) {
                    picked.add(restart);
                }
            }
        }
    }

    /** A growable int array: journals hold hundreds of thousands of positions. */
    private static final class IntList {
        int[] values = new int[8];
        int size;

        void add(int v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }
    }
}
