package dsim.story;

import dsim.journal.TraceEntry;

import java.util.Arrays;
import java.util.List;

/**
 * The causal links among a story's entries, as positions: each entry's cause (the entry its
 * {@code causedBy} names) and the entries it caused, in journal order. A cause outside the
 * story (another message's entry, or none) is -1.
 */
public final class CausalLinks {

    private final int[] parent;
    private final int[][] children;

    private CausalLinks(List<TraceEntry> entries) {
        int n = entries.size();
        long[] seqs = new long[n];
        for (int i = 0; i < n; i++) {
            seqs[i] = entries.get(i).seq();
        }
        // Journal order is seq order, so a cause is found by binary search.
        parent = new int[n];
        int[] count = new int[n];
        for (int i = 0; i < n; i++) {
            long cause = entries.get(i).causedBy();
            int p = cause == 0 ? -1 : Arrays.binarySearch(seqs, 0, i, cause);
            parent[i] = p >= 0 ? p : -1;
            if (parent[i] >= 0) {
                count[parent[i]]++;
            }
        }
        children = new int[n][];
        for (int i = 0; i < n; i++) {
            children[i] = new int[count[i]];
            count[i] = 0;
        }
        for (int i = 0; i < n; i++) {
            if (parent[i] >= 0) {
                children[parent[i]][count[parent[i]]++] = i;
            }
        }
    }

    /** The links among {@code entries}, a story's entries in journal order. */
    public static CausalLinks of(List<TraceEntry> entries) {
        return new CausalLinks(entries);
    }

    /** The position of the entry that caused entry {@code i}, or -1 if it is not in the story (or none). */
    public int parent(int i) {
        return i < 0 ? -1 : parent[i];
    }

    /** The positions of the entries entry {@code i} caused, in journal order. */
    public int[] children(int i) {
        return children[i];
    }
}
