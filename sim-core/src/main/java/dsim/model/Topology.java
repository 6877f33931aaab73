package dsim.model;

import dsim.spec.Scenario;

import java.util.ArrayList;
import java.util.List;

/**
 * Node and message numbering. Nodes are numbered producers first, then brokers, then
 * consumers, in file order. Messages are numbered per producer in contiguous ranges; a
 * message's id is its producer's name and its 1-based sequence ({@code auth-service-17}).
 */
final class Topology {

    final int producerCount;
    final int brokerCount;
    final int consumerCount;
    final String[] names;
    /** First message index of each producer; messageBase[producerCount] = total. */
    final int[] messageBase;
    final int totalMessages;
    /** Per broker, whether it is a log. */
    final boolean[] isLog;
    /** The partitions of all logs together. */
    final int partitionCount;

    Topology(Scenario scenario) {
        producerCount = scenario.producers().size();
        brokerCount = scenario.brokers().size();
        consumerCount = scenario.consumers().size();
        List<String> all = new ArrayList<>();
        scenario.producers().forEach(p -> all.add(p.name()));
        scenario.brokers().forEach(b -> all.add(b.name()));
        scenario.consumers().forEach(c -> all.add(c.name()));
        names = all.toArray(new String[0]);
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
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(name)) {
                return i;
            }
        }
        throw new IllegalArgumentException("unknown node " + name);
    }

    /** The producer that created message {@code m}. */
    int producerOf(int m) {
        int p = 0;
        while (messageBase[p + 1] <= m) {
            p++;
        }
        return p;
    }

    /** The message whose readable id is {@code id} (e.g. {@code checkout-786}), or -1 if there is none. */
    int message(String id) {
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

    /** The readable id of message {@code m}. */
    String messageId(int m) {
        int p = producerOf(m);
        return names[p] + "-" + (m - messageBase[p] + 1);
    }
}
