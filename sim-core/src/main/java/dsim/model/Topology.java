package dsim.model;

import dsim.spec.Scenario;

import java.util.ArrayList;
import java.util.List;

/**
 * Node numbering, and messages' places. Nodes are numbered producers first, then brokers,
 * then consumers, in file order. Each message has a place, producer by producer in contiguous
 * ranges, known before the run creates it; its id is its producer's name and its 1-based
 * sequence ({@code auth-service-17}). The model numbers messages in creation order instead
 * ({@link Messages}) and maps them to their places for names and keys.
 */
final class Topology {

    final int producerCount;
    final int brokerCount;
    final int consumerCount;
    final String[] names;
    /** First place of each producer's messages; messageBase[producerCount] = total. */
    final int[] messageBase;
    final int totalMessages;
    /** Per broker, whether it is a log. */
    final boolean[] isLog;
    /** The partitions of all logs together. */
    final int partitionCount;
    /** The names in sorted order, and each one's node: lookups by name in log time, at 20,000 nodes too. */
    private final String[] sortedNames;
    private final int[] nodeOfSorted;

    Topology(Scenario scenario) {
        producerCount = scenario.producers().size();
        brokerCount = scenario.brokers().size();
        consumerCount = scenario.consumers().size();
        List<String> all = new ArrayList<>();
        scenario.producers().forEach(p -> all.add(p.name()));
        scenario.brokers().forEach(b -> all.add(b.name()));
        scenario.consumers().forEach(c -> all.add(c.name()));
        names = all.toArray(new String[0]);
        // Names are unique: sort them as they are, then find each node's place among them
        // (no boxed indexes through a comparator: 20,000 nodes are built before each run).
        sortedNames = names.clone();
        java.util.Arrays.sort(sortedNames);
        for (int i = 1; i < sortedNames.length; i++) {
            if (sortedNames[i].equals(sortedNames[i - 1])) { // the scenario reader reports these for a file
                throw new IllegalArgumentException("two nodes are named " + sortedNames[i]);
            }
        }
        nodeOfSorted = new int[names.length];
        for (int i = 0; i < names.length; i++) {
            nodeOfSorted[java.util.Arrays.binarySearch(sortedNames, names[i])] = i;
        }
        messageBase = new int[producerCount + 1];
        long total = 0;
        for (int p = 0; p < producerCount; p++) {
            messageBase[p] = (int) total;
            total += scenario.producers().get(p).messages();
        }
        if (total > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("too many messages for one run: " + total);
        }
        totalMessages = (int) total;
        messageBase[producerCount] = totalMessages;
        isLog = new boolean[brokerCount];
        int partitions = 0;
        for (int b = 0; b < brokerCount; b++) {
            isLog[b] = scenario.brokers().get(b).isLog();
            partitions += isLog[b] ? scenario.brokers().get(b).partitionCount() : 0;
        }
        partitionCount = partitions;
    }

    /** Whether {@code node} is a broker that is a log. */
    boolean isLogBroker(int node) {
        return isBroker(node) && isLog[brokerIndex(node)];
    }

    int nodeCount() {
        return names.length;
    }

    int brokerNode(int broker) {
        return producerCount + broker;
    }

    int consumerNode(int consumer) {
        return producerCount + brokerCount + consumer;
    }

    boolean isBroker(int node) {
        return node >= producerCount && node < producerCount + brokerCount;
    }

    int brokerIndex(int node) {
        return node - producerCount;
    }

    int consumerIndex(int node) {
        return node - producerCount - brokerCount;
    }

    /** The node index of the node named {@code name}. */
    int node(String name) {
        int i = java.util.Arrays.binarySearch(sortedNames, name);
        if (i < 0) {
            throw new IllegalArgumentException("unknown node " + name);
        }
        return nodeOfSorted[i];
    }

    /** The producer of the message at {@code place}. */
    int producerOf(int place) {
        // The last producer whose range starts at or before the place: a binary search, as a
        // run may have 10,000 producers. Producers without messages share the next one's start
        // and come before it, so the last one found is the one that owns the place.
        int lo = 0;
        int hi = producerCount - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (messageBase[mid] <= place) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    /** The place of the message whose readable id is {@code id} (e.g. {@code checkout-786}), or -1 if there is none. */
    int place(String id) {
        int dash = id.lastIndexOf('-');
        if (dash < 0) {
            return -1;
        }
        for (int p = 0; p < producerCount; p++) {
            if (names[p].equals(id.substring(0, dash))) {
                try {
                    long seq = Long.parseLong(id.substring(dash + 1));
                    return seq >= 1 && seq <= messageBase[p + 1] - messageBase[p] ? (int) (messageBase[p] + seq - 1) : -1;
                } catch (NumberFormatException e) {
                    return -1;
                }
            }
        }
        return -1;
    }

    /** The readable id of the message at {@code place}. */
    String messageId(int place) {
        int p = producerOf(place);
        return names[p] + "-" + (place - messageBase[p] + 1);
    }
}
