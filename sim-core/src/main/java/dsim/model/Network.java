package dsim.model;

import dsim.engine.Engine;
import dsim.journal.Reason;
import dsim.spec.LinkSpec;
import dsim.spec.Scenario;
import dsim.spec.ScriptedFault;

/**
 * Puts packets on links: journals the send, asks the link for its verdict, and schedules
 * the arrival (and a duplicate's) at the receiver. A link's faults come from its
 * (from, to) entry, never from its place in the file's list.
 */
final class Network {

    private final Engine engine;
    private final Journal journal;
    private final Messages messages;
    /** The links used so far, each built on first use. */
    private final LinkTable links = new LinkTable();
    /** The shape of each link spec in use, found by the spec's identity: a handful, whatever the link count. */
    private final java.util.List<LinkSpec> shapedSpecs = new java.util.ArrayList<>();
    private final java.util.List<Link.Shape> shapes = new java.util.ArrayList<>();
    private final Scenario scenario;
    private final Topology topology;
    private final long masterSeed;
    private final Script script;
    /** Per node, the peer it sent to last and the link, and the peer it last heard from and the link. */
    private final int[] sentTo;
    private final Link[] sentOn;
    private final int[] heardFrom;
    private final Link[] heardOn;
    /** Whether the packet sent last was dropped by its link (a down receiver is only found on arrival). */
    private boolean lastDropped;

    Network(Scenario scenario, Topology topology, long masterSeed, Engine engine, Journal journal, Messages messages,
            Script script) {
        this.script = script;
        this.engine = engine;
        this.journal = journal;
        this.messages = messages;
        this.scenario = scenario;
        this.topology = topology;
        this.masterSeed = masterSeed;
        int nodes = topology.nodeCount();
        this.sentTo = new int[nodes];
        this.heardFrom = new int[nodes];
        java.util.Arrays.fill(sentTo, -1);
        java.util.Arrays.fill(heardFrom, -1);
        this.sentOn = new Link[nodes];
        this.heardOn = new Link[nodes];
    }

    private Link link(int from, int to) {
        // Most nodes send to one peer (a producer to its broker, a consumer back to its broker) or
        // hear from one (a broker's deliveries and acks): the link either end used last answers
        // without the table, whose slots a run of 20,000 links spreads over a megabyte.
        if (sentTo[from] == to) {
            return sentOn[from];
        }
        if (heardFrom[to] == from) {
            return heardOn[to];
        }
        Link link = links.get(from, to);
        if (link == null) {
            // Streams are named after the link, so building links lazily changes no draw. The link
            // back is built with it, beside it in memory: at 10,000 nodes a link is a cache miss
            // on its first packet, but the reply moments later finds it cached.
            String a = topology.names[from];
            String b = topology.names[to];
            link = new Link(shape(scenario.network().link(a, b)), masterSeed, a, b);
            links.put(from, to, link);
            if (from != to && links.get(to, from) == null) {
                links.put(to, from, new Link(shape(scenario.network().link(b, a)), masterSeed, b, a));
            }
        }
        sentTo[from] = to;
        sentOn[from] = link;
        heardFrom[to] = from;
        heardOn[to] = link;
        return link;
    }

    private Link.Shape shape(LinkSpec spec) {
        for (int i = 0; i < shapedSpecs.size(); i++) {
            if (shapedSpecs.get(i) == spec) {
                return shapes.get(i);
            }
        }
        Link.Shape shape = new Link.Shape(spec, script.random());
        shapedSpecs.add(spec);
        shapes.add(shape);
        return shape;
    }

    /**
     * Whether the packet {@link #send} sent last was dropped on its link: a broker then knows its
     * consumer will not get that delivery, as a consumer that pulls finds out at once and asks again.
     */
    boolean lastSendDropped() {
        return lastDropped;
    }

    /**
     * Sends one packet of a stream, as a connection carries a log's records to its reader: it
     * arrives behind every packet sent before it on the link, never twice (a link's second copy
     * is a retransmission the connection discards), and if the link loses it the sender learns
     * so from {@link #lastSendDropped} and sends it again later. Arguments as {@link #send}.
     *
     * @return the journal entry of the send
     */
    long stream(long cause, int from, int to, int packet, int m, int attempt, int entry, int generation,
                int storeIndex) {
        return put(cause, from, to, packet, m, attempt, entry, generation, storeIndex, true);
    }

    /**
     * Sends one packet, caused by journal entry {@code cause}. Arguments follow
     * {@link Events}' table: attempt or delivery, broker entry, entry generation, store index.
     * The arrival (and a link copy's) is linked to the send (or the copy) that it receives.
     *
     * @return the journal entry of the send
     */
    long send(long cause, int from, int to, int packet, int m, int attempt, int entry, int generation, int storeIndex) {
        return put(cause, from, to, packet, m, attempt, entry, generation, storeIndex, false);
    }

    /** Journals the send, asks the link for its verdict, and schedules what arrives: in order, or as sampled. */
    private long put(long cause, int from, int to, int packet, int m, int attempt, int entry, int generation,
                     int storeIndex, boolean inOrder) {
        long now = engine.now();
        long sent = journal.sent(cause, now, from, to, packet, m, attempt);
        Link link = link(from, to);
        long key = messages.key(m);
        long instance = Packet.instance(packet, attempt, storeIndex, 0);
        // A scripted drop counts as a loss: the script decides in place of the dice.
        boolean scripted = script.drops(from, to, now, key, instance);
        int verdict = scripted ? Link.DROP_LOSS : link.verdict(now, key, instance);
        if (verdict != Link.PASS) {
            if (!scripted) {
                script.coverage.fire(verdict == Link.DROP_LOSS ? Coverage.LOSS : Coverage.OUTAGE, from, to, m);
            }
            journal.dropped(sent, now, from, to, packet, m, attempt, verdict == Link.DROP_LOSS ? Reason.LOSS : Reason.OUTAGE);
            if (script.recording()) {
                script.record(new ScriptedFault.Drop(script.packet(from, to, packet, m, attempt, storeIndex)));
            }
            lastDropped = true;
            return sent;
        }
        lastDropped = false;
        long extra = script.extraDelay(from, to, key, instance);
        if (extra > 0 && script.recording()) {
            script.record(new ScriptedFault.Delay(script.packet(from, to, packet, m, attempt, storeIndex), extra));
        }
        long delay = link.delayNanos(key, instance) + extra;
        if (inOrder) {
            delay = link.behindEarlierPackets(now, delay);
        }
        int slot = engine.schedule(delay, packet, to, m, attempt, entry, generation, storeIndex,
                Packet.origin(from, 0, packet), 0);
        journal.link(slot, sent);
        boolean copied = !inOrder && script.duplicates(from, to, key, instance);
        if (!inOrder && !copied && link.duplicates(key, instance)) {
            script.coverage.fire(Coverage.DUPLICATE, from, to, m);
            copied = true;
        }
        if (copied) {
            if (script.recording()) {
                script.record(new ScriptedFault.Duplicate(script.packet(from, to, packet, m, attempt, storeIndex)));
            }
            long copy = journal.duplicated(sent, now, from, to, packet, m, attempt);
            long copyInstance = Packet.instance(packet, attempt, storeIndex, 1);
            int copySlot = engine.schedule(link.delayNanos(key, copyInstance), packet, to, m, attempt, entry, generation,
                    storeIndex, Packet.origin(from, 1, packet), 0);
            journal.link(copySlot, copy);
        }
        return sent;
    }
}
